"""Who may stop a translation's synchronisation or turn it back into an alias, and what publishing
from wagtail-localize's translation editor does to a review in progress.

Both actions take the translation out of the review writers hand it to (a translation no longer
synchronised is edited like any page; an alias is the source page, published at once): they are
left to those who may publish the page, moderators and administrators, and so is restarting the
synchronisation that one of them stopped. Writers are not offered them (the editor's footer, the
page editor's actions menu) and are refused them by URL or form.

Publishing a translation from the editor ("Publier en anglais") is done here, in the name of who
published: wagtail-localize publishes the new revision without a user, so the history would say
nobody did it. While the translation is in review, it does what publishing a page does in Wagtail
(WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH, on by default): the review is cancelled, in the same name, and
the publisher is told so beforehand (the review block of the editor) and afterwards.
"""

import json

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation

from editorial.translations import translation_of

CONVERT_TO_ALIAS_MENU_ITEM = "localize-convert-to-alias"
RESTART_TRANSLATION_MENU_ITEM = "localize-restart-translation"
PUBLISHERS_MENU_ITEMS = {CONVERT_TO_ALIAS_MENU_ITEM, RESTART_TRANSLATION_MENU_ITEM}


def may_leave_the_review(page, user):
    """True for who may stop the synchronisation of `page` or convert it to an alias."""
    return page.permissions_for_user(user).can_publish()


def editor_props(props, page, user):
    """The translation editor's React props (JSON), without the two actions `user` may not take."""
    if may_leave_the_review(page, user):
        return props
    data = json.loads(props)
    data["links"]["stopTranslationUrl"] = None
    data["links"]["convertToAliasUrl"] = None
    return json.dumps(data, cls=DjangoJSONEncoder)


@require_POST
def stop_translation(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    page = Page.objects.filter(
        translation_key=translation.source.object_id, locale_id=translation.target_locale_id
    ).first()
    if page is not None and not may_leave_the_review(page, request.user):
        raise PermissionDenied
    return edit_translation.stop_translation(request, translation_id)


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not may_leave_the_review(page, request.user):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def without_publishers_actions(menu_items, request, context):
    """The page editor's actions, without "convert to alias" and "restart the synchronisation" for
    who may not take them."""
    page = context.get("page")
    if page is None or may_leave_the_review(page, request.user):
        return
    menu_items[:] = [item for item in menu_items if item.name not in PUBLISHERS_MENU_ITEMS]


def refuse_restart_translation(request, page):
    """The page editor's form posting "restart the synchronisation" (wagtail-localize's
    before_edit_page hook takes it, without a permission check), refused to who may not publish."""
    if (
        request.method == "POST"
        and RESTART_TRANSLATION_MENU_ITEM in request.POST
        and not may_leave_the_review(page, request.user)
    ):
        raise PermissionDenied


def publish_translation(request, page):
    """The translation editor's "publish": the translation is saved and published in the
    publisher's name; Wagtail then cancels a review in progress as it does when a page is published
    (and logs who did it). None when the request is not that: wagtail-localize's own view answers
    then, as it does when the translation does not validate."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = translation_of(page)
    if translation is None or not page.permissions_for_user(request.user).can_publish():
        return None
    state = page.current_workflow_state
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError:
        return None
    page = page.specific_class.objects.get(pk=page.pk)
    page.get_latest_revision().publish(user=request.user)
    values = {"title": page.get_admin_display_title(), "locale": translation.target_locale.get_display_name()}
    total, translated = translation.get_progress()
    if translated < total:
        messages.warning(
            request, _("« %(title)s » est publiée en %(locale)s, avec des textes non traduits.") % values
        )
    else:
        messages.success(request, _("« %(title)s » est publiée en %(locale)s.") % values)
    if state is not None and getattr(settings, "WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH", True):
        messages.info(
            request,
            _("La relecture en cours (%(workflow)s) est interrompue.") % {"workflow": state.workflow.name},
        )
    return redirect(request.path)
