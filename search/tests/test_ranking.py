"""Ranking by meaning, on PostgreSQL and SQLite alike: rare ideas weigh more than common words,
what a page is about (title, summary, taxonomy terms) more than scattered body words; autocomplete
that forgives; "did you mean" in the reader's language; the language switch and the sitemap."""

import pytest

from guides.models import PracticeGuidePage
from search.tests.factories import SearchGuideFactory
from testing.database import LAYERS, site_tree

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite_smoke]

PAGES = {
    # "ordinaire" is in every page: it decides nothing; "quasar" is in one body only.
    "common_title": ("Ordinaire ordinaire", "Un texte ordinaire.", {}),
    "rare_body": ("Un guide", "Un mot rare : quasar.", {}),
    "filler_1": ("Autre guide", "Encore un texte ordinaire.", {}),
    "filler_2": ("Troisième guide", "Toujours ordinaire.", {}),
    "filler_3": ("Quatrième guide", "Ordinaire, vraiment.", {}),
    # the same word, once as what the page is about (its type de poste), once in passing
    "about_term": ("Cinquième guide", "Un texte ordinaire.", {"post_types": ["mediateur-sante-pair"]}),
    "in_body": ("Sixième guide", "Ordinaire ; un médiateur de santé pair est passé.", {}),
    "region": ("Septième guide", "Ordinaire.", {"regions": ["auvergne-rhone-alpes"]}),
}


def build_ranking_pages():
    guides = site_tree()["sections"]["guide"]
    return {
        key: SearchGuideFactory(parent=guides, title=title, text=text, **terms).pk
        for key, (title, text, terms) in PAGES.items()
    }


LAYERS.register("ranking_pages", build_ranking_pages)


@pytest.fixture
def ranking_pages(site_tree):
    pages = {pk: key for key, pk in LAYERS.data("ranking_pages").items()}
    return {"search": site_tree["sections"][""], "keys": pages, **site_tree}


def ranked(client, ranking_pages, query, url=None):
    answer = client.get(url or ranking_pages["search"].url, {"q": query, "format": "json"}).json()
    by_title = {title: key for key, (title, _text, _terms) in PAGES.items()}
    return [by_title.get(item["title"], item["title"]) for item in answer["results"]]


def test_a_rare_word_in_the_body_outweighs_a_common_word_in_the_title(client, ranking_pages):
    # Each page has one of the two ideas; the title match of the word every page has weighs less.
    assert ranked(client, ranking_pages, "ordinaire quasar")[0] == "rare_body"
    found = ranked(client, ranking_pages, "quasar ordinaire")
    assert found[0] == "rare_body" and "common_title" in found


def test_a_page_classified_under_a_concept_comes_before_one_that_mentions_it(client, ranking_pages):
    for query in ("MSP", "médiateur de santé pair", "mediateurs sante pairs"):
        found = ranked(client, ranking_pages, query)
        assert found[:2] == ["about_term", "in_body"], query


def test_autocomplete_forgives_accents_and_abbreviations_and_offers_terms(client, ranking_pages):
    url = ranking_pages["search"].url + "suggestions/"
    SearchGuideFactory(
        parent=ranking_pages["sections"]["guide"], title="Médiatrice de santé paire à l'hôpital"
    )
    for query in ("mediatrice", "MÉDIAT", "médiatrice-de", "MSP"):
        titles = [item["title"] for item in client.get(url, {"q": query}).json()]
        assert "Médiatrice de santé paire à l'hôpital" in titles, query
    items = client.get(url, {"q": "auvergne"}).json()
    region = [item for item in items if item["type"] == "region"]
    assert region == [
        {
            "title": "Auvergne-Rhône-Alpes",
            "url": ranking_pages["search"].url + "?region=auvergne-rhone-alpes",
            "type": "region",
        }
    ]
    assert client.get(region[0]["url"] + "&format=json").json()["count"] == 1
    assert [item["type"] for item in client.get(url, {"q": "addic"}).json()] == ["public"]


def test_did_you_mean_proposes_words_of_the_reader_language_only(client, ranking_pages):
    SearchGuideFactory(parent=ranking_pages["sections"]["guide"], title="Le recrutement d'un pair")
    params = {"q": "recrutment", "sans_correction": "1"}
    html = client.get(ranking_pages["search"].url, params).content.decode()
    assert "Vouliez-vous dire" in html and "recrutement" in html
    assert "recruitment" not in html


def test_the_language_switch_keeps_query_filters_sort_and_page(client, ranking_pages):
    html = client.get(
        ranking_pages["search"].url, {"q": "ordinaire", "region": "auvergne-rhone-alpes", "tri": "date"}
    ).content.decode()
    assert 'href="/en/search/?q=ordinaire&amp;region=auvergne-rhone-alpes&amp;tri=date" lang="en"' in html
    bare = client.get("/a-propos/").content.decode()
    assert 'href="/en/about/" lang="en"' in bare


def test_sitemap_leaves_out_the_search_page_and_lists_one_facet_listings(client, ranking_pages):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/recherche/" not in sitemap and "/en/search/" not in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /recherche/" in robots and "Disallow: /en/search/" in robots
    guides = ranking_pages["sections"]["guide"].url
    assert f"{guides}?region=auvergne-rhone-alpes</loc>" in sitemap
    assert f"{guides}?region=bretagne</loc>" not in sitemap  # no page there
    listing = client.get(f"{guides}?region=auvergne-rhone-alpes").content.decode()
    assert 'name="robots" content="noindex"' not in listing
    assert PracticeGuidePage.objects.live().count() >= len(PAGES)
