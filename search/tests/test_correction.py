"""A misspelled query that finds nothing is searched as corrected, when the correction is clear:
the page and the JSON say so, a link searches what was typed, the statistics keep what was typed."""

import pytest
from wagtail.models import Locale

from search.models import SearchQueryStat
from search.stats_flush import flush_search_stats
from search.tests.factories import SearchGuideFactory

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite_smoke]


@pytest.fixture
def recruitment(site_tree):
    guides = site_tree["sections"]["guide"]
    SearchGuideFactory(parent=guides, title="Le recrutement d'un pair")
    SearchGuideFactory(parent=guides, title="Témoignage d'une équipe")
    return site_tree["sections"][""].url


def test_a_misspelled_query_is_searched_as_corrected(client, recruitment):
    html = client.get(recruitment, {"q": "recrutment"}).content.decode()
    assert "1 résultat pour « recrutement »" in html
    assert "Résultats pour « recrutement »." in html
    assert '<a href="?q=recrutment&amp;sans_correction=1">Rechercher plutôt « recrutment »</a>' in html
    assert "Le recrutement d&#x27;un pair" in html
    assert "Vouliez-vous dire" not in html
    answer = client.get(recruitment, {"q": "temoigange", "format": "json"}).json()
    assert answer["query"] == "temoigange" and answer["corrected_query"] == "témoignage"
    assert [item["title"] for item in answer["results"]] == ["Témoignage d'une équipe"]


def test_search_instead_keeps_the_query_as_typed(client, recruitment):
    html = client.get(recruitment, {"q": "recrutment", "sans_correction": "1"}).content.decode()
    assert "Aucun résultat pour « recrutment »" in html
    assert 'Vouliez-vous dire : <a href="?q=recrutement">recrutement</a>' in html
    assert "Rechercher plutôt" not in html
    answer = client.get(recruitment, {"q": "recrutment", "sans_correction": "1", "format": "json"}).json()
    assert answer["count"] == 0 and answer["corrected_query"] is None


def test_no_correction_when_the_query_finds_something_or_is_unclear(client, recruitment):
    answer = client.get(recruitment, {"q": "recrutement", "format": "json"}).json()
    assert answer["corrected_query"] is None and answer["count"] == 1
    # "zzzz" is close to nothing; "recrutment xylophage" would drop an idea of the query
    for query in ("zzzz", "recrutment xylophage"):
        answer = client.get(recruitment, {"q": query, "format": "json"}).json()
        assert answer["corrected_query"] is None and answer["count"] == 0, query


def test_a_misspelled_word_among_found_ones_is_corrected(client, recruitment):
    # "pair" finds a page by itself; "recrutment" finds none: the query is searched as corrected
    answer = client.get(recruitment, {"q": "recrutment pair", "format": "json"}).json()
    assert answer["corrected_query"] == "recrutement pair"
    assert [item["title"] for item in answer["results"]] == ["Le recrutement d'un pair"]
    html = client.get(recruitment, {"q": "recrutment pair"}).content.decode()
    assert "Résultats pour « recrutement pair »." in html and "sans_correction=1" in html
    typed = client.get(recruitment, {"q": "recrutment pair", "sans_correction": "1", "format": "json"})
    assert typed.json()["corrected_query"] is None and typed.json()["count"] == 1


def test_a_word_found_nowhere_without_a_clear_correction_keeps_the_query(client, recruitment):
    # "xylophage" is close to no word of the library: the query keeps it, the results stand
    answer = client.get(recruitment, {"q": "pair xylophage", "format": "json"}).json()
    assert answer["corrected_query"] is None and answer["count"] == 1


def test_the_statistics_record_what_was_typed(client, recruitment):
    client.get(recruitment, {"q": "recrutment"})
    flush_search_stats()
    assert list(SearchQueryStat.objects.values_list("query", flat=True)) == ["recrutment"]


def test_the_english_site_corrects_with_english_words_and_translates_the_notice(client, site_tree):
    english = site_tree["sections"][""].get_translation(Locale.objects.get(language_code="en"))
    guides = site_tree["sections"]["guide"].get_translation(Locale.objects.get(language_code="en"))
    SearchGuideFactory(parent=guides, title="Recruiting a peer worker", locale=guides.locale)
    html = client.get(english.url, {"q": "recruting"}).content.decode()
    assert "1 result for ‘recruiting’" in html and "Results for ‘recruiting’." in html
    assert "Search instead for ‘recruting’" in html


@pytest.mark.usefixtures("page_cache")
def test_the_page_cache_keeps_the_two_answers_apart(client, recruitment):
    for _twice in range(2):
        corrected = client.get(recruitment, {"q": "recrutment", "format": "json"}).json()
        typed = client.get(recruitment, {"q": "recrutment", "sans_correction": "1", "format": "json"})
        assert corrected["count"] == 1 and typed.json()["count"] == 0
    assert typed["X-Page-Cache"] == "hit"


@pytest.mark.usefixtures("page_cache")
@pytest.mark.parametrize(
    "params",
    [
        {"q": "recrutment", "sans_correction": ["1", "2"]},
        {"q": "recrutment", "sans_correction": "\x00"},
        {"q": "recrutment" * 50, "page": "-3"},
        {"q": "ré" * 200, "format": "json"},
        {"q": ["recrutment", "x"], "sans_correction": ""},
    ],
)
def test_bad_input_is_never_an_error(client, recruitment, params):
    assert client.get(recruitment, params).status_code == 200


def test_a_corrected_search_stays_within_ten_queries(client, recruitment, django_assert_max_num_queries):
    for params in ({"q": "recrutment"}, {"q": "recrutment", "format": "json"}, {"q": "recrutment pair"}):
        client.get(recruitment, params)  # a reader has been there since the last change
        with django_assert_max_num_queries(10):
            response = client.get(recruitment, params)
        assert response.status_code == 200 and b"recrutement" in response.content
