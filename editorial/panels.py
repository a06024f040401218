"""Dashboard panels: pages awaiting review, translations to update."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState, get_default_page_content_type

from editorial.translations import incomplete_translations, out_of_date_translations

PANEL_SIZE = 15


class ReviewQueuePanel(Component):
    """Every page in moderation, with its step and, for testimonies, the status of their consent
    (an object with `publishable`, `label` and `summary`, given by the `annotate_review_queue` hook)."""

    name = "editorial_review_queue"
    template_name = "editorial/panels/review_queue.html"
    order = 90

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        states = list(
            WorkflowState.objects.active()
            .filter(base_content_type=get_default_page_content_type())
            .select_related("current_task_state__task", "requested_by", "workflow")
            .order_by("-created_at")[:PANEL_SIZE]
        )
        pages = Page.objects.filter(pk__in=[int(state.object_id) for state in states]).select_related(
            "locale", "content_type"
        )
        pages = {str(page.pk): page for page in pages}
        # Apps annotate the pages they own, e.g. testimonies say whether a consent covers them.
        notes = {}
        for annotate in hooks.get_hooks("annotate_review_queue"):
            notes.update(annotate(list(pages.values())))
        rows = []
        for state in states:
            page = pages.get(state.object_id)
            if page is None:
                continue
            rows.append(
                {
                    "page": page,
                    "state": state,
                    "task": state.current_task_state.task if state.current_task_state else None,
                    "consent": notes.get(page.pk),
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                }
            )
        return {
            "rows": rows,
            "can_see_consent": any(
                can_see(request.user) for can_see in hooks.get_hooks("can_see_review_notes")
            ),
            "guide_url": reverse("editorial_guide"),
        }


class TranslationsPanel(Component):
    """Translations whose source changed since the last sync, and live pages with untranslated strings."""

    name = "editorial_translations"
    template_name = "editorial/panels/translations.html"
    order = 95

    def get_context_data(self, parent_context):
        out_of_date = [
            {
                "page": target,
                "source": source,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[target.pk]),
                "sync_url": reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            }
            for target, source, translation in out_of_date_translations(limit=PANEL_SIZE)
        ]
        incomplete = [
            {
                "page": status.page,
                "status": status,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[status.page_id]),
            }
            for status in incomplete_translations(limit=PANEL_SIZE)
        ]
        return {"out_of_date": out_of_date, "incomplete": incomplete}
