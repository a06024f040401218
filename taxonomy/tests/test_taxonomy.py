import pytest
from wagtail.models import Locale

from guides.models import PracticeGuidePage
from guides.tests.factories import PracticeGuidePageFactory
from library.forms import LibraryPageForm
from taxonomy import data as taxonomy_data
from taxonomy.models import TAXONOMY_FIELDS, Region, Theme

pytestmark = pytest.mark.django_db


def test_every_vocabulary_exists_in_both_languages_with_shared_slugs():
    expected = {
        "themes": taxonomy_data.THEMES,
        "audiences": taxonomy_data.AUDIENCES,
        "structure_types": taxonomy_data.STRUCTURE_TYPES,
        "post_types": taxonomy_data.POST_TYPES,
        "regions": taxonomy_data.REGIONS,
    }
    for field_name, model in TAXONOMY_FIELDS.items():
        for code in ("fr", "en"):
            slugs = list(model.objects.filter(locale__language_code=code).values_list("slug", flat=True))
            assert slugs == [row[0] for row in expected[field_name]], (field_name, code)
        french = {t.slug: t.translation_key for t in model.objects.filter(locale__language_code="fr")}
        english = {t.slug: t.translation_key for t in model.objects.filter(locale__language_code="en")}
        assert french == english


def test_regions_carry_insee_codes():
    assert Region.objects.filter(locale__language_code="fr").count() == 19
    assert Region.objects.get(slug="auvergne-rhone-alpes", locale__language_code="en").insee_code == "84"
    assert Region.objects.get(slug="national", locale__language_code="fr").insee_code == ""


def test_english_names_are_english():
    theme = Theme.objects.get(slug="recrutement", locale__language_code="en")
    assert theme.name == "Recruitment"


def test_editor_form_offers_only_the_page_locale_terms(site_tree):
    section = site_tree["sections"]["guide"]
    form_class = PracticeGuidePage.get_edit_handler().get_form_class()
    assert issubclass(form_class, LibraryPageForm)
    french_form = form_class(instance=PracticeGuidePage(), parent_page=section, for_user=None)
    french_choices = set(
        french_form.fields["themes"].queryset.values_list("locale__language_code", flat=True)
    )
    assert french_choices == {"fr"}
    assert french_form.fields["themes"].queryset.count() == len(taxonomy_data.THEMES)

    english_section = section.get_translation(Locale.objects.get(language_code="en"))
    english_form = form_class(instance=PracticeGuidePage(), parent_page=english_section, for_user=None)
    labels = [label for _value, label in english_form.fields["themes"].choices]
    assert "Recruitment" in labels and "Recrutement" not in labels


def test_saving_a_page_in_english_maps_its_terms_to_english(site_tree):
    english = Locale.objects.get(language_code="en")
    section = site_tree["sections"]["guide"].get_translation(english)
    guide = PracticeGuidePageFactory(parent=section, title="A guide", themes=["recrutement"])
    guide.themes = list(Theme.objects.filter(slug="management", locale__language_code="fr"))
    guide.save()
    guide.refresh_from_db()
    assert [(t.slug, t.locale.language_code) for t in guide.themes.all()] == [("management", "en")]
