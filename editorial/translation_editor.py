"""Who may stop a translation's synchronisation or turn it back into an alias, and what publishing
from wagtail-localize's translation editor does to a review in progress.

Both actions take the translation out of the review writers hand it to (a translation no longer
synchronised is edited like any page; an alias is the source page, published at once): they are
left to those who may publish the page, moderators and administrators. Writers are not offered
them (the editor's footer, the page editor's actions menu) and are refused them by URL.

Publishing a translation from the editor ("Publier en anglais") while it is in review does what
publishing a page does in Wagtail (WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH, on by default): the review
is cancelled, in the name of who published, and they are told so beforehand (the review block
of the editor) and afterwards.
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


def without_alias_conversion(menu_items, request, context):
    """The page editor's actions, without "convert to alias" for who may not take it."""
    page = context.get("page")
    if page is None or may_leave_the_review(page, request.user):
        return
    menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS_MENU_ITEM]


def publish_translation(request, page):
    """The translation editor's "publish" while a review is in progress: the translation is saved
    and published in the publisher's name, so Wagtail cancels the review as it does when a page is
    published (and logs who did it). None when the request is not that: wagtail-localize's own
    view answers then, as it does when the translation does not validate."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    state = page.current_workflow_state
    translation = translation_of(page)
    if state is None or translation is None or not page.permissions_for_user(request.user).can_publish():
        return None
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
    if getattr(settings, "WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH", True):
        messages.info(
            request,
            _("La relecture en cours (%(workflow)s) est interrompue.") % {"workflow": state.workflow.name},
        )
    return redirect(request.path)
