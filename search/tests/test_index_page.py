"""The library index page: a section lists one type of content, the search page all of them."""

import pytest

from library.models import ResourceType
from search.forms import SearchForm
from search.models import LibraryIndexPage
from search.vocabulary import FACETS, Vocabulary

pytestmark = pytest.mark.django_db


def test_a_section_lists_one_type_of_content_or_the_whole_library():
    choices = LibraryIndexPage._meta.get_field("scope").choices
    assert [value for value, _label in choices] == ["", *ResourceType.values]


def test_each_scope_has_its_section(site_tree):
    scopes = {page.scope for page in LibraryIndexPage.objects.filter(locale__language_code="fr")}
    assert scopes == {"", *ResourceType.values}


def test_the_autocomplete_names_each_type_in_the_reader_language(client, site_tree):
    french = client.get(site_tree["sections"][""].url).content.decode()
    assert 'data-type-guide="Guide pratique"' in french
    assert 'data-type-temoignage="Témoignage"' in french
    assert 'data-type-fiche-de-poste="Fiche de poste"' in french
    english = client.get("/en/search/").content.decode()
    assert 'data-type-fiche-de-poste="Job description"' in english


def test_the_search_form_has_one_field_per_facet_with_its_label(site_tree):
    form = SearchForm({}, Vocabulary(site_tree["home"].locale_id))
    assert list(form.fields) == ["q", *(key for key, _label in FACETS), "tri", "page"]
    assert [(key, form.fields[key].label) for key, _label in FACETS] == FACETS
