import pytest
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from guides.tests.factories import PracticeGuidePageFactory

pytestmark = pytest.mark.django_db


def test_wagtail_localize_translation_keeps_taxonomy_matched_by_translation_key(
    site_tree, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    guide = PracticeGuidePageFactory(
        parent=site_tree["sections"]["guide"],
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


def test_table_cells_are_offered_for_translation(site_tree):
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    from demo.streams import body_stream

    guide = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"])
    guide.body = body_stream(
        [
            (
                "table",
                {
                    "caption": "Statuts",
                    "header": ["Statut", "Rémunération"],
                    "rows": [["Agent social", "Grille indiciaire"]],
                },
            )
        ],
        "test-table",
    )
    strings = {seg.string.data for seg in extract_segments(guide) if isinstance(seg, StringSegmentValue)}
    assert {"Statuts", "Statut", "Rémunération", "Agent social", "Grille indiciaire"} <= strings


def test_table_rows_must_match_the_header(site_tree):
    from django.core.exceptions import ValidationError

    from library.blocks import TableBlock

    block = TableBlock()
    value = block.to_python(
        {"caption": "c", "header": ["a", "b"], "rows": [{"cells": ["1"]}], "first_column_is_header": True}
    )
    with pytest.raises(ValidationError):
        block.clean(value)
