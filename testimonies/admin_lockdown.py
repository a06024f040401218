"""Admin hooks that keep withdrawn testimonies and consent records away from non-moderators.

The page policy (testimonies.page_policy) covers the views that ask it; the permission tester
(testimonies.permissions) every action on the page; testimonies.admin_guard the URLs of views
without a check. Here: the page chooser's listings, wagtail-localize's translations report and
the bulk actions' confirmation pages, which list the chosen objects with their titles.
"""

from django.urls import path
from wagtail import hooks
from wagtail.admin.views.pages import bulk_actions as page_bulk_actions
from wagtail.documents.views import bulk_actions as document_bulk_actions
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as SnippetDeleteBulkAction
from wagtail_localize.views.report import TranslationsReportView

from testimonies.consent import can_see_consent, consent_collection
from testimonies.models import ConsentRecord
from testimonies.visibility import hides_withdrawn, withdrawn_translation_keys, without_withdrawn


@hooks.register("construct_page_chooser_queryset")
def hide_withdrawn_testimonies_from_the_chooser(pages, request):
    """Browsing and searching the page chooser (and the link choosers built on it)."""
    return without_withdrawn(pages, request.user)


class ConsentAwareTranslationsReportView(TranslationsReportView):
    """wagtail-localize's report lists every translation with its source's title."""

    def get_queryset(self):
        return without_withdrawn(super().get_queryset(), self.request.user, field="source__object_id")


@hooks.register("register_admin_urls", order=-1)
def register_translations_report():
    """Before wagtail-localize's own patterns for the same paths (order=-1), so these answer;
    `reverse("wagtail_localize:translations_report")` still gives the same URL."""
    return [
        path(
            "localize/reports/translations/",
            ConsentAwareTranslationsReportView.as_view(),
            name="testimonies_translations_report",
        ),
        path(
            "localize/reports/translations/results/",
            ConsentAwareTranslationsReportView.as_view(results_only=True),
            name="testimonies_translations_report_results",
        ),
    ]


def _visible_to(user):
    """A test of whether `user` may see an object a bulk action names."""
    if not hides_withdrawn(user):
        return lambda obj: True
    keys = withdrawn_translation_keys()
    collection = consent_collection()

    def visible(obj):
        if isinstance(obj, ConsentRecord):
            return can_see_consent(user)
        if hasattr(obj, "collection_id") and collection is not None:
            return not obj.collection.path.startswith(collection.path)
        return getattr(obj, "translation_key", None) not in keys

    return visible


class HidesWhatTheUserMayNotSee:
    """A bulk action's confirmation lists the objects it names, even those the user may not act
    on; the ones the user may not see (withdrawn testimonies, consent records and proofs) are left
    out of it, and so out of the action."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        visible = _visible_to(self.request.user)
        without_access = [obj for obj in extra.get("items_with_no_access", []) if visible(obj)]
        return [obj for obj in objects if visible(obj)], {**extra, "items_with_no_access": without_access}


def _guarded(action_class, **attributes):
    return type(action_class.__name__, (HidesWhatTheUserMayNotSee, action_class), attributes)


# Registered after Wagtail's (order=1): the registry keeps the last class for a model and action.
for _action_class in [
    _guarded(page_bulk_actions.DeleteBulkAction),
    _guarded(page_bulk_actions.MoveBulkAction),
    _guarded(page_bulk_actions.PublishBulkAction),
    _guarded(page_bulk_actions.UnpublishBulkAction),
    _guarded(document_bulk_actions.AddTagsBulkAction),
    _guarded(document_bulk_actions.AddToCollectionBulkAction),
    _guarded(document_bulk_actions.DeleteBulkAction),
    _guarded(SnippetDeleteBulkAction, models=[ConsentRecord]),
]:
    hooks.register("register_bulk_action", _action_class, order=1)
