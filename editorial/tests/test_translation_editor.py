"""wagtail-localize's translation editor as the project serves it: its JavaScript patched (the
dropdown's label in French, "stop the synchronisation" only when given), the synchronisation and
alias actions left to who may publish, and a publication that closes the review in progress."""

import json
from html import unescape

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import PageLogEntry, WorkflowState
from wagtail_localize.models import Translation

from editorial import localize_bundle
from editorial.tests.test_translation_review import english, translated_guide  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


def editor_props(client, page):
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    props = html.split('class="js-translation-editor" data-props="', 1)[1].split('"', 1)[0]
    return json.loads(unescape(props))


def test_the_served_editor_is_the_installed_one_patched():
    served = finders.find(localize_bundle.BUNDLE)
    assert served == str(localize_bundle.SERVED), "editorial/static comes before wagtail-localize's"
    installed = localize_bundle.INSTALLED.read_text(encoding="utf-8")
    assert localize_bundle.SERVED.read_text(encoding="utf-8") == localize_bundle.patch(installed), (
        "run: manage.py patch_translation_editor"
    )


def test_a_patch_that_no_longer_applies_is_said():
    with pytest.raises(localize_bundle.PatchError, match="title translatable: applied 0 times, expected 2"):
        localize_bundle.patch('"More actions" "More actions"')


def test_more_actions_is_translated(client, moderator):
    served = localize_bundle.SERVED.read_text(encoding="utf-8")
    assert served.count('gettext("More actions")') == 2 and ',"More actions")' not in served
    client.force_login(moderator)
    catalog = client.get("/admin/localize/jsi18n/").content.decode()
    assert '"More actions": "Plus d\'actions"' in catalog


def test_writers_are_not_offered_to_leave_the_review(client, translated_guide, moderator):  # noqa: F811
    page, translation = translated_guide  # the fixture logs the writer in
    links = editor_props(client, page)["links"]
    assert links["stopTranslationUrl"] is None and links["convertToAliasUrl"] is None
    assert links["downloadPofile"], "the rest is untouched"

    client.force_login(moderator)
    links = editor_props(client, page)["links"]
    assert links["stopTranslationUrl"] == f"/admin/localize/translate/{translation.pk}/disable/"
    assert links["convertToAliasUrl"] == f"/admin/localize/page/{page.pk}/convert_to_alias/"


def test_writers_are_refused_to_leave_the_review(client, translated_guide, moderator):  # noqa: F811
    page, translation = translated_guide
    stop = f"/admin/localize/translate/{translation.pk}/disable/"
    alias = f"/admin/localize/page/{page.pk}/convert_to_alias/"
    assert client.post(stop)["Location"] == "/admin/"
    assert client.get(alias)["Location"] == "/admin/"
    assert client.post(alias)["Location"] == "/admin/"
    translation.refresh_from_db()
    page.refresh_from_db()
    assert translation.enabled and page.alias_of_id is None

    client.force_login(moderator)
    assert client.get(alias).status_code == 200, "the confirmation page"
    assert client.post(stop, {"next": f"/admin/pages/{page.pk}/edit/"}).status_code == 302
    translation.refresh_from_db()
    assert not translation.enabled


def test_the_page_editor_offers_alias_conversion_to_moderators_only(
    client,
    translated_guide,  # noqa: F811
    writer,
    moderator,
):
    page, translation = translated_guide
    Translation.objects.filter(pk=translation.pk).update(enabled=False)  # edited as a page now
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "localize-convert-to-alias" not in editor
    client.force_login(moderator)
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="localize-convert-to-alias"' in editor


def test_publishing_a_translation_in_review_cancels_the_review(
    client,
    translated_guide,  # noqa: F811
    moderator,
    django_capture_on_commit_callbacks,
):
    page, translation = translated_guide
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/traductions/{translation.pk}/soumettre/")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(moderator)
    editor = unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert "« Publier en anglais », en bas de l'écran, publie la traduction telle qu'elle est" in editor
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"}, follow=True)

    page.refresh_from_db()
    state.refresh_from_db()
    assert page.live and page.title == "EN Accueillir un pair"
    assert state.status == WorkflowState.STATUS_CANCELLED
    cancelled = PageLogEntry.objects.get(page=page, action="wagtail.workflow.cancel")
    published = PageLogEntry.objects.filter(page=page, action="wagtail.publish").latest("timestamp")
    assert cancelled.user == moderator and published.user == moderator, "in the moderator's name"
    shown = unescape(response.content.decode())
    assert "« EN Accueillir un pair » est publiée en anglais." in shown
    assert "La relecture en cours (Relecture par la modération) est interrompue." in shown


def test_publishing_a_translation_outside_review_is_logged_in_the_publishers_name(
    client,
    translated_guide,  # noqa: F811
    moderator,
    django_capture_on_commit_callbacks,
):
    page, _translation = translated_guide
    client.force_login(moderator)
    editor = unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert "data-publish-cancels-review" not in editor
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"}, follow=True)
    page.refresh_from_db()
    assert page.live
    shown = unescape(response.content.decode())
    assert "« EN Accueillir un pair » est publiée en anglais." in shown and "est interrompue" not in shown
    published = PageLogEntry.objects.filter(page=page, action="wagtail.publish").latest("timestamp")
    assert published.user == moderator, "the history says who published"


def test_writers_cannot_restart_a_stopped_synchronisation(
    client,
    translated_guide,  # noqa: F811
    writer,
    moderator,
):
    page, translation = translated_guide
    Translation.objects.filter(pk=translation.pk).update(enabled=False)  # stopped by a moderator
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "localize-restart-translation" not in editor
    client.post(f"/admin/pages/{page.pk}/edit/", {"localize-restart-translation": ""})
    translation.refresh_from_db()
    assert not translation.enabled, "refused"
    client.force_login(moderator)
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="localize-restart-translation"' in editor
    client.post(f"/admin/pages/{page.pk}/edit/", {"localize-restart-translation": ""})
    translation.refresh_from_db()
    assert translation.enabled
