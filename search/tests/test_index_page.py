"""The library index page: a section lists one type of content, the search page all of them."""

import pytest

from library.models import ResourceType
from search import models as search_models
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
    assert list(form.fields) == ["q", *(key for key, _label in FACETS), "tri", "page", "sans_correction"]
    assert [(key, form.fields[key].label) for key, _label in FACETS] == FACETS


def test_the_page_and_its_json_run_the_search_once_off_the_request(client, site_tree, monkeypatch):
    calls = []
    real_run_search = search_models.run_search

    def counted(index_page, data):
        calls.append(index_page.pk)
        return real_run_search(index_page, data)

    monkeypatch.setattr(search_models, "run_search", counted)
    search_page = site_tree["sections"][""]
    html = client.get(search_page.url, {"q": "travailleur pair"})
    assert html.context["search"].query == "travailleur pair"
    answer = client.get(search_page.url, {"q": "travailleur pair", "format": "json"})
    assert answer.json()["query"] == "travailleur pair"
    assert calls == [search_page.pk, search_page.pk]
    assert not hasattr(html.wsgi_request, "library_search")
