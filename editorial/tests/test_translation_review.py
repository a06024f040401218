"""A writer submits a translation to the page's review workflow from the translation editor; a
moderator approves it there; the labels name the languages in the admin's language."""

import datetime
from html import unescape

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from guides.tests.factories import PracticeGuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def translated_guide(site_tree, english, writer, client, django_capture_on_commit_callbacks):
    guide = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], title="Accueillir un pair")
    client.force_login(writer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/submit/page/{guide.pk}/", {"locales": [english.pk]})
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=guide.translation_key, target_locale=english)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=english,
            context_id=segment.context_id,
            defaults={"data": f"EN {segment.string.data}"},
        )
    return guide.get_translation(english), translation


def test_a_writer_submits_a_translation_and_a_moderator_approves_it(
    client, translated_guide, moderator, django_capture_on_commit_callbacks
):
    page, translation = translated_guide
    editor = unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert "Soumettre la traduction à la relecture" in editor
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/traductions/{translation.pk}/soumettre/")
    assert response.status_code == 302
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not page.live, "submitting publishes nothing"
    assert page.get_latest_revision().as_object().title == "EN Accueillir un pair"
    editor = unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert "Cette traduction est en relecture" in editor
    assert "Soumettre la traduction à la relecture" not in editor
    response = client.post(f"/admin/traductions/{translation.pk}/soumettre/")
    assert response.status_code == 302 and response["Location"] == "/admin/", "refused: already in review"
    assert WorkflowState.objects.filter(object_id=str(page.pk)).count() == 1

    client.force_login(moderator)
    editor = unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    task_state = state.current_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert f'action="{approve_url}"' in editor
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve_url)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "EN Accueillir un pair"
    assert page.current_workflow_state is None


def test_the_translation_editor_names_the_language_in_french(client, translated_guide, moderator):
    page, _translation = translated_guide
    client.force_login(moderator)
    editor = unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert "anglais" in editor and '"displayName": "anglais"' in editor
    catalog = client.get("/admin/localize/jsi18n/").content.decode()
    assert '"Publish in ": "Publier en "' in catalog


def test_nobody_submits_what_they_cannot_edit(client, translated_guide, django_user_model):
    _page, translation = translated_guide
    curious = django_user_model.objects.create_user("curieux", password="x")
    curious.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(curious)
    response = client.post(f"/admin/traductions/{translation.pk}/soumettre/")
    assert response.status_code == 302 and response["Location"] == "/admin/", "refused: cannot edit"
    assert not WorkflowState.objects.exists()
    assert client.post("/admin/traductions/999999/soumettre/").status_code == 404
    assert client.get(f"/admin/traductions/{translation.pk}/soumettre/").status_code == 405


def test_translation_dates_are_written_in_the_admin_language(translated_guide):
    from django.utils import translation

    string_translation = StringTranslation.objects.filter(locale__language_code="en").first()
    StringTranslation.objects.filter(pk=string_translation.pk).update(
        updated_at=datetime.datetime(2026, 12, 1, 10, tzinfo=datetime.UTC)
    )
    string_translation.refresh_from_db()
    with translation.override("fr"):
        assert string_translation.get_comment() == "Traduit manuellement le 1er décembre 2026"
    with translation.override("en"):
        assert string_translation.get_comment() == "Translated manually on 1 December 2026"
