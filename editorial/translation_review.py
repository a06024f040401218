"""Submitting a synced translation (wagtail-localize) to the page's moderation workflow.

wagtail-localize's translation editor only offers "publish" to users who may publish: a writer
could translate but never hand the translation over. This view saves the translated strings as a
draft revision of the translated page and starts (or resumes) the page's workflow, exactly as the
page editor's "Submit for moderation" action does; the moderator then approves it like any page.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation


def translated_page(translation):
    return (
        Page.objects.filter(
            translation_key=translation.source.object_id, locale_id=translation.target_locale_id
        )
        .select_related("locale")
        .first()
    )


def review_actions(page, user):
    """What the translation editor offers `user` about the review of `page` (a synced translation).

    {"can_submit": bool, "can_publish": bool, "workflow_state": WorkflowState | None,
    "task_actions": [(name, label)]}
    """
    perms = page.permissions_for_user(user)
    state = page.current_workflow_state
    actions = []
    if state is not None and state.current_task_state is not None:
        task = state.current_task_state.task.specific
        actions = [
            (name, label) for name, label, needs_form in task.get_actions(page, user) if not needs_form
        ]
    can_submit = (
        perms.can_edit()
        and not perms.page_locked()
        and page.has_workflow
        and (state is None or state.status == WorkflowState.STATUS_NEEDS_CHANGES)
    )
    return {
        "can_submit": can_submit,
        "can_publish": perms.can_publish(),
        "workflow_state": state,
        "task_actions": actions,
    }


@require_POST
def submit_translation(request, translation_id):
    translation = get_object_or_404(
        Translation.objects.select_related("source"), pk=translation_id, enabled=True
    )
    page = translated_page(translation)
    if page is None:
        raise PermissionDenied
    page = page.specific
    if not review_actions(page, request.user)["can_submit"]:
        raise PermissionDenied
    workflow = page.get_workflow()
    translation.save_target(user=request.user, publish=False)
    page.refresh_from_db()
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        workflow.start(page, request.user)
    messages.success(
        request,
        _("La traduction « %(title)s » a été soumise à la relecture (%(workflow)s).")
        % {"title": page.get_admin_display_title(), "workflow": workflow.name},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
