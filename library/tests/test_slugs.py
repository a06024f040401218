"""Readable addresses: ASCII slugs from French titles; English translations get English slugs
from their translated title, and the old address redirects when it changes."""

import pytest
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from guides.tests.factories import PracticeGuidePageFactory

pytestmark = pytest.mark.django_db


def test_a_french_title_gives_an_ascii_slug(site_tree):
    section = site_tree["sections"]["guide"]
    page = PracticeGuidePageFactory(parent=section, title="Une paire à l'accueil de nuit", slug="")
    assert page.slug == "une-paire-a-laccueil-de-nuit"


def test_the_slug_field_slugifies_without_unicode(client, site_tree, writer):
    client.force_login(writer)
    section = site_tree["sections"]["guide"]
    html = client.get(f"/admin/pages/add/guides/practiceguidepage/{section.pk}/").content.decode()
    assert 'data-controller="w-slug"' in html
    # Django leaves out a False attribute: the slug controller then transliterates accents.
    assert "data-w-slug-allow-unicode-value" not in html


def translate_title(translation_obj, english, title):
    segment = StringSegment.objects.get(source=translation_obj.source, context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=english,
        context_id=segment.context_id,
        defaults={"data": title},
    )


def test_an_english_translation_gets_an_english_slug_and_keeps_its_old_address(
    site_tree, client, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    guide = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], title="Accueillir un pair")
    assert guide.slug == "accueillir-un-pair"
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(None, [english]).create_translations(guide)
    page = guide.get_translation(english)
    assert page.slug == "accueillir-un-pair", "untranslated: the source's slug"
    translation_obj = Translation.objects.get(source__object_id=guide.translation_key, target_locale=english)

    translate_title(translation_obj, english, "Welcoming a peer")
    with django_capture_on_commit_callbacks(execute=True):
        translation_obj.save_target(publish=True)
    page.refresh_from_db()
    assert page.live and page.slug == "welcoming-a-peer"
    with translation.override("en"):
        assert page.url.endswith("/welcoming-a-peer/")
    old_url = page.url

    translate_title(translation_obj, english, "Welcoming a peer worker")
    with django_capture_on_commit_callbacks(execute=True):
        translation_obj.save_target(publish=True)
    page.refresh_from_db()
    assert page.slug == "welcoming-a-peer-worker", "until its own slug is translated, it follows the title"
    assert Redirect.objects.filter(old_path=Redirect.normalise_path(old_url), redirect_page=page).exists()
    response = client.get(old_url)
    assert response.status_code in (301, 302) and response["Location"].endswith("/welcoming-a-peer-worker/")
    guide.refresh_from_db()
    assert guide.slug == "accueillir-un-pair", "the French page keeps its slug"

    slug_segment = StringSegment.objects.get(source=translation_obj.source, context__path="slug")
    StringTranslation.objects.create(
        translation_of=slug_segment.string,
        locale=english,
        context_id=slug_segment.context_id,
        data="peer-welcome",
    )
    translate_title(translation_obj, english, "Welcoming peers")
    with django_capture_on_commit_callbacks(execute=True):
        translation_obj.save_target(publish=True)
    page.refresh_from_db()
    assert page.slug == "peer-welcome", "a slug the translator wrote is kept"
