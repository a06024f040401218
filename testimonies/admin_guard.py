"""A guard for the admin URLs that name a withdrawn testimony in views without a check of their own.

Most admin views ask the page's permission tester (`TestimonyPermissionTester`) or the page policy
(`ConsentAwarePagePermissionPolicy`) before showing anything. These do not, or show the page's
title first (in a message, a header), and offer no hook early enough:

- Wagtail: the explorer and the page chooser opened *at* a page, the move confirmation (its slug
  check runs before `before_move_page`), the workflow action, preview and cancellation views;
- wagtail-localize: every view that takes a page, a translation source or a translation (submit,
  update, the translation editor's endpoints, preview, convert to alias), which check at best the
  translation's target; and its snippet API, which lists any registered snippet model.

For a user who may not see consent records, such a URL answers 404, as if the page did not exist.
"""

from django.http import Http404
from wagtail.models import TranslatableMixin

from testimonies.visibility import hides_withdrawn, withdrawn_translation_keys

# Wagtail views, by URL name, and the arguments that hold a page id.
WAGTAIL_PAGE_VIEWS = {
    "wagtailadmin_explore": ["parent_page_id"],
    "wagtailadmin_explore_results": ["parent_page_id"],
    "wagtailadmin_choose_page_child": ["parent_page_id"],
    "wagtailadmin_pages:move_confirm": ["page_to_move_id", "destination_id"],
    "wagtailadmin_pages:workflow_action": ["page_id"],
    "wagtailadmin_pages:collect_workflow_action_data": ["page_id"],
    "wagtailadmin_pages:workflow_preview": ["page_id"],
    "wagtailadmin_pages:confirm_workflow_cancellation": ["page_id"],
}
LOCALIZE_NAMESPACE = "wagtail_localize"
LOCALIZE_SNIPPET_API = {"snippets_api_listing", "snippets_api_detail"}


def _page_keys(ids):
    from wagtail.models import Page

    return set(Page.objects.filter(pk__in=ids).values_list("translation_key", flat=True))


def _localize_keys(kwargs):
    """translation_keys of the objects a wagtail-localize URL names (a translation source's
    object_id is its object's translation_key)."""
    from wagtail_localize.models import Translation, TranslationSource

    keys = _page_keys([kwargs["page_id"]]) if "page_id" in kwargs else set()
    if "translation_source_id" in kwargs:
        keys |= set(
            TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).values_list(
                "object_id", flat=True
            )
        )
    if "translation_id" in kwargs:
        keys |= set(
            Translation.objects.filter(pk=kwargs["translation_id"]).values_list(
                "source__object_id", flat=True
            )
        )
    return keys


def check_localize_snippet_model(kwargs):
    """wagtail-localize's snippet API serves translatable snippets only (never consent records)."""
    from wagtail.snippets.views.snippets import get_snippet_model_from_url_params

    model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
    if not issubclass(model, TranslatableMixin):
        raise Http404


def named_keys(match):
    """translation_keys of the pages (or translations) an admin URL names, if it is guarded."""
    if match.view_name in WAGTAIL_PAGE_VIEWS:
        ids = [match.kwargs[name] for name in WAGTAIL_PAGE_VIEWS[match.view_name] if name in match.kwargs]
        return _page_keys(ids)
    if match.namespace == LOCALIZE_NAMESPACE:
        return _localize_keys(match.kwargs)
    return set()


class WithdrawnTestimonyGuard:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None:
            return None
        if match.view_name not in WAGTAIL_PAGE_VIEWS and match.namespace != LOCALIZE_NAMESPACE:
            return None  # not a guarded view (every public page): the user is not even looked at
        if match.namespace == LOCALIZE_NAMESPACE and match.url_name in LOCALIZE_SNIPPET_API:
            check_localize_snippet_model(match.kwargs)
        if not hides_withdrawn(request.user):
            return None
        keys = named_keys(match)
        if keys and keys & withdrawn_translation_keys():
            raise Http404
        return None
