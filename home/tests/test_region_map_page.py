"""The map's own page, /carte/ (/en/map/): routed in both languages, in the site plan, the footer
and the sitemap with its hreflang alternates, at a constant SQL cost, never a 500."""

import pytest
from bs4 import BeautifulSoup

from core.tests.sitemap_entries import sitemap_entries

pytestmark = pytest.mark.django_db


@pytest.mark.sqlite_smoke
def test_the_map_page_is_served_in_each_language_with_its_alternates(client, site_tree):
    french = client.get("/carte/")
    assert french.status_code == 200
    soup = BeautifulSoup(french.content.decode(), "html.parser")
    assert soup.html["lang"] == "fr"
    assert soup.h1.get_text() == "Carte du travail pair en France"
    assert soup.select_one('link[rel="canonical"]')["href"].endswith("/carte/")
    alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
    assert alternates["en"].endswith("/en/map/") and alternates["x-default"].endswith("/carte/")
    switcher = soup.select_one("nav.language-switcher a[hreflang=en]")
    assert switcher["href"] == "/en/map/"
    assert len(soup.select("svg.region-map__drawing a")) == 18
    assert soup.select_one("table.region-table") is not None  # open here, not in a disclosure
    assert soup.select_one("details.region-map__details") is None

    english = client.get("/en/map/")
    assert english.status_code == 200
    soup = BeautifulSoup(english.content.decode(), "html.parser")
    assert soup.html["lang"] == "en" and soup.h1.get_text() == "Map of peer work in France"
    assert soup.select_one("nav.language-switcher a[hreflang=fr]")["href"] == "/carte/"
    assert all(link["href"].startswith("/en/search/?region=") for link in soup.select("svg a"))
    assert client.get("/en/carte/").status_code == 404
    assert client.get("/map/").status_code == 404


def test_bad_requests_never_give_a_500(client, site_tree):
    assert client.get("/carte/?region=<script>&page=-1&q=" + "x" * 5000).status_code == 200
    assert client.post("/carte/").status_code == 405


def test_the_site_plan_the_footer_and_the_sitemap_lead_to_the_map(client, site_tree):
    assert 'href="/carte/"' in client.get("/plan-du-site/").content.decode()
    footer = BeautifulSoup(client.get("/").content.decode(), "html.parser").select_one("footer")
    assert footer.select_one('a[href="/carte/"]').get_text() == "Carte des régions"
    english_footer = BeautifulSoup(client.get("/en/").content.decode(), "html.parser").select_one("footer")
    assert english_footer.select_one('a[href="/en/map/"]').get_text() == "Map of the regions"
    entries = sitemap_entries(client)
    root = site_tree["home"].get_site().root_url
    for path in ("/carte/", "/en/map/"):
        links = dict(entries[root + path])
        assert links == {"fr": root + "/carte/", "en": root + "/en/map/", "x-default": root + "/carte/"}


def test_the_map_page_costs_the_same_queries_whatever_the_library_holds(
    client, site_tree, django_assert_max_num_queries
):
    from django.core.cache import cache

    from testimonies.tests.factories import TestimonyPageFactory

    def queries():
        cache.clear()  # every count computed again (the facets' vocabulary counts the pages too)
        with django_assert_max_num_queries(21) as captured:
            assert client.get("/carte/").status_code == 200
        return len(captured)

    empty = queries()
    for region in ("bretagne", "occitanie", "grand-est", "bretagne"):
        TestimonyPageFactory(parent=site_tree["sections"]["temoignage"], regions=[region])
    assert queries() == empty
    with django_assert_max_num_queries(3):  # the next reader: everything from the site cache
        assert client.get("/carte/").status_code == 200
