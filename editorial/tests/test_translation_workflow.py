"""Translating through the real admin flow of wagtail-localize: draft first, taxonomy in English,
PO export and import, no untranslated string shown silently, out-of-date translations flagged."""

from html import unescape

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail_localize.models import Translation

from editorial.models import TranslationStatus
from editorial.translations import is_out_of_date, out_of_date_translations
from guides.tests.factories import PracticeGuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def guide(site_tree):
    return PracticeGuidePageFactory(
        parent=site_tree["sections"]["guide"],
        title="Accueillir un pair",
        themes=["recrutement", "integration"],
        regions=["bretagne"],
    )


def translate_in_admin(client, page, english, capture):
    with capture(execute=True):
        response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]})
    assert response.status_code == 302
    return page.get_translation(english).specific


def po_file(client, translation):
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    return polib.pofile(response.content.decode())


def upload(client, translation, po):
    file = SimpleUploadedFile("guide-en.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": file, "next": "/admin/"}
    )
    assert response.status_code == 302


def publish_translation(client, page, capture):
    with capture(execute=True):
        response = client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    return page


def test_translating_from_the_admin_gives_a_complete_english_page(
    client, guide, english, writer, moderator, django_capture_on_commit_callbacks
):
    client.force_login(writer)
    page = translate_in_admin(client, guide, english, django_capture_on_commit_callbacks)
    assert not page.live, "a fresh translation starts as a draft, never in French in public"
    for field in ("themes", "regions"):
        terms = list(getattr(page, field).all())
        assert terms and {term.locale_id for term in terms} == {english.pk}
    assert [region.name for region in page.regions.all()] == ["Brittany"]

    translation = Translation.objects.get(source__object_id=guide.translation_key, target_locale=english)
    po = po_file(client, translation)
    assert "Accueillir un pair" in [entry.msgid for entry in po]
    for entry in po:
        entry.msgstr = f"EN {entry.msgid}"
    upload(client, translation, po)
    assert translation.get_progress()[0] == translation.get_progress()[1]

    client.force_login(moderator)
    page = publish_translation(client, page, django_capture_on_commit_callbacks)
    assert page.live and page.title == "EN Accueillir un pair"
    assert {term.locale_id for term in page.specific.themes.all()} == {english.pk}
    html = client.get(page.url).content.decode()
    assert "EN Accueillir un pair" in unescape(html)
    assert "data-translation-in-progress" not in html


def test_missing_strings_show_a_translation_in_progress_notice(
    client, guide, english, moderator, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    page = translate_in_admin(client, guide, english, django_capture_on_commit_callbacks)
    translation = Translation.objects.get(source__object_id=guide.translation_key, target_locale=english)
    po = po_file(client, translation)
    for entry in po:
        if entry.msgid == "Accueillir un pair":
            entry.msgstr = "Welcoming a peer"
    upload(client, translation, po)
    page = publish_translation(client, page, django_capture_on_commit_callbacks)
    assert page.live
    status = TranslationStatus.objects.get(page=page)
    assert status.missing_strings > 0
    html = client.get(page.url).content.decode()
    assert "data-translation-in-progress" in html
    french_html = client.get(guide.url).content.decode()
    assert "data-translation-in-progress" not in french_html
    dashboard = unescape(client.get("/admin/").content.decode())
    assert "Publiées avec des textes non traduits" in dashboard and "Welcoming a peer" in dashboard


def test_a_changed_source_flags_its_translation_until_synced(
    client, guide, english, moderator, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    page = translate_in_admin(client, guide, english, django_capture_on_commit_callbacks)
    assert not is_out_of_date(page)
    guide.title = "Accueillir un travailleur pair"
    guide.save_revision().publish()
    assert is_out_of_date(page)
    assert [target.pk for target, _source, _t in out_of_date_translations()] == [page.pk]
    dashboard = unescape(client.get("/admin/").content.decode())
    assert "Source modifiée depuis la dernière synchronisation" in dashboard
    editor = unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert "Cette traduction n'est plus à jour" in editor
    source_editor = unescape(client.get(f"/admin/pages/{guide.pk}/edit/").content.decode())
    assert "Traductions à synchroniser" in source_editor

    translation = Translation.objects.get(source__object_id=guide.translation_key, target_locale=english)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/update/{translation.source_id}/", {})
    assert response.status_code == 302
    assert not is_out_of_date(page)
    assert out_of_date_translations() == []
