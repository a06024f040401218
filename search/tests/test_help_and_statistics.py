"""Around the results: promoted pages, nothing found, statistics, editors' admin, query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from search.engine import LibrarySearch
from search.models import SearchQueryStat, SynonymGroup
from search.stats_flush import flush_search_stats
from search.tests.factories import SearchGuideFactory

pytestmark = pytest.mark.django_db


def test_promoted_pages_come_first_and_are_not_repeated(client, site_tree):
    guides = site_tree["sections"]["guide"]
    picked = SearchGuideFactory(parent=guides, title="Guide choisi zephyr")
    SearchGuideFactory(parent=guides, title="Autre guide zephyr zephyr", text="zephyr zephyr")
    SearchPromotion.objects.create(
        query=Query.get("zephyr"), page=picked, description="Notre guide de référence."
    )
    url = site_tree["sections"][""].url
    answer = client.get(url, {"q": "Zephyr", "format": "json"}).json()
    titles = [item["title"] for item in answer["results"]]
    assert titles == ["Guide choisi zephyr", "Autre guide zephyr zephyr"]
    assert answer["results"][0]["type"] == "guide"
    assert answer["count"] == 2
    html = client.get(url, {"q": "zephyr"}).content.decode()
    assert "Sélection de la rédaction" in html and "Notre guide de référence." in html
    assert html.count(">Guide choisi zephyr</a>") == 1


def test_nothing_found_suggests_close_spellings_and_topics(client, site_tree):
    guides = site_tree["sections"]["guide"]
    SearchGuideFactory(parent=guides, title="Accueillir un travailleur pair", themes=["recrutement"])
    url = site_tree["sections"][""].url
    html = client.get(url, {"q": "travailleru", "sans_correction": "1"}).content.decode()
    assert "Aucun contenu ne correspond à votre recherche." in html
    assert 'Vouliez-vous dire : <a href="?q=travailleur">travailleur</a>' in html
    assert '<a href="?thematique=recrutement">Recrutement</a>' in html


def test_searches_are_counted_per_day_without_personal_data(client, site_tree):
    SearchGuideFactory(parent=site_tree["sections"]["guide"], title="Un guide zephyr")
    url = site_tree["sections"][""].url
    client.get(url, {"q": "Zephyr"})
    client.get(url, {"q": "  zephyr ", "format": "json"})
    client.get(url, {"q": "introuvable"})
    client.get(url, {"q": "zephyr", "page": "2"})  # a further page is not a new search
    client.get(url, {"q": "zephyr", "thematique": "recrutement"})  # refining is not either
    client.get(url, {"q": "zephyr"}, HTTP_X_SEARCH_UPDATE="1")  # nor a refresh in place
    client.get(url, {"q": "jean.dupont@example.org"})
    client.get(url, {"q": "appeler le 06 12 34 56 78"})
    flush_search_stats()
    rows = {row.query: row for row in SearchQueryStat.objects.all()}
    assert set(rows) == {"zephyr", "introuvable"}
    assert (rows["zephyr"].searches, rows["zephyr"].no_results) == (2, 0)
    assert (rows["introuvable"].searches, rows["introuvable"].no_results) == (1, 1)
    field_names = {field.name for field in SearchQueryStat._meta.get_fields()}
    assert field_names == {"id", "day", "language", "query", "searches", "no_results"}


def test_editors_see_top_queries_and_queries_without_result(admin_client, site_tree):
    import datetime

    today = datetime.date.today()
    SearchQueryStat.objects.create(day=today, language="fr", query="pair aidant", searches=7)
    SearchQueryStat.objects.create(day=today, language="fr", query="zzz", searches=2, no_results=2)
    response = admin_client.get(reverse("search_statistics"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("pair aidant") < html.index("zzz")
    assert "Recherches sans résultat" in html
    assert admin_client.get(reverse("search_statistics"), {"periode": "abc"}).status_code == 200


def test_editors_can_add_synonyms_that_work_at_once(admin_client, client, site_tree):
    SearchGuideFactory(parent=site_tree["sections"]["guide"], title="Guide du jardin partagé")
    url = site_tree["sections"][""].url
    assert client.get(url, {"q": "potager", "format": "json"}).json()["count"] == 0
    add_url = reverse("wagtailsnippets_search_synonymgroup:add")
    response = admin_client.post(add_url, {"name": "Jardin", "terms": "potager\njardin partagé"})
    assert response.status_code == 302
    assert SynonymGroup.objects.filter(name="Jardin").exists()
    assert client.get(url, {"q": "potager", "format": "json"}).json()["count"] == 1
    refused = admin_client.post(add_url, {"name": "Seul", "terms": "un seul terme"})
    assert refused.status_code == 200 and not SynonymGroup.objects.filter(name="Seul").exists()


def test_initial_synonyms_are_loaded_by_migration():
    names = set(SynonymGroup.objects.values_list("name", flat=True))
    assert {"Pair-aidance", "LAM", "LHSS", "CHRS", "CSAPA", "CAARUD", "CCAS", "ACT", "GEM"} <= names


def engine_queries(index_page, params):
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    with CaptureQueriesContext(connection) as captured:
        LibrarySearch(index_page, data).run()
    return len(captured.captured_queries)


STATES = [
    {},
    {"q": "travailleur pair"},
    {"q": "zephyr quartz lagune", "thematique": ["recrutement", "management"], "region": "bretagne"},
    {"q": "introuvable"},
    {"q": "zephir"},  # found nothing, searched as corrected ("zephyr")
    {"type": "guide", "annee": "2024"},
    {"q": "zephyr", "page": "999"},  # out of range at both sizes: the last page
]


def test_query_count_is_the_same_for_10_and_30_pages(client, site_tree, django_assert_max_num_queries):
    search_page = site_tree["sections"][""]
    guides = site_tree["sections"]["guide"]

    def add(count):
        for number in range(count):
            SearchGuideFactory(
                parent=guides,
                title=f"Guide {number} travailleur pair zephyr",
                themes=["recrutement", "management"][: 1 + number % 2],
                regions=["bretagne"],
            )

    def measure():
        counts = []
        for state in STATES:
            for url in (search_page.url, guides.url):  # a reader has been there since the last change
                client.get(url, state)
                client.get(url, {**state, "format": "json"})
            engine = engine_queries(search_page, state)
            # The whole request (routing, search, page chrome, statistics) stays within 10 queries.
            with django_assert_max_num_queries(10) as captured:
                assert client.get(search_page.url, state).status_code == 200
            counts.append((engine, len(captured.captured_queries)))
            with django_assert_max_num_queries(10) as json_queries:
                client.get(search_page.url, {**state, "format": "json"})
            counts.append(len(json_queries.captured_queries))
            with django_assert_max_num_queries(10) as section_queries:
                client.get(guides.url, state)
            counts.append(len(section_queries.captured_queries))
        with django_assert_max_num_queries(10) as suggestions:
            client.get(search_page.url + "suggestions/", {"q": "trav"})
        counts.append(len(suggestions.captured_queries))
        return counts

    add(10)
    few = measure()
    add(20)
    assert measure() == few


def test_english_search_stays_within_ten_queries(client, site_tree, django_assert_max_num_queries):
    english = site_tree["sections"][""].get_translation(Locale.objects.get(language_code="en"))
    for params in ({"q": "peer worker"}, {"q": "peer", "format": "json"}, {}):
        client.get(english.url, params)
        with django_assert_max_num_queries(10):
            assert client.get(english.url, params).status_code == 200
    client.get(english.url + "suggestions/", {"q": "peer"})
    with django_assert_max_num_queries(10):
        assert client.get(english.url + "suggestions/", {"q": "peer"}).status_code == 200
