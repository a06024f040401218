import pytest
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from resources.tests.factories import make_guide

pytestmark = pytest.mark.django_db


def test_wagtail_localize_translation_keeps_taxonomy_matched_by_translation_key(
    site_tree, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    guide = make_guide(
        site_tree["sections"]["guide"],
        themes=["recrutement", "integration"],
        regions=["bretagne"],
    )
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(site_tree["loader"].user, [english]).create_translations(guide)
    translated = guide.get_translation(english).specific
    themes = list(translated.themes.all())
    assert {t.locale_id for t in themes} == {english.pk}
    assert {t.translation_key for t in themes} == {t.translation_key for t in guide.themes.all()}
    assert [r.name for r in translated.regions.all()] == ["Brittany"]
