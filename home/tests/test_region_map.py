"""The map of the regions on the demo content: its counts are the library's facet counts, each
region leads to its listing, the table says the same, in both languages, at a constant SQL cost."""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from home.region_map.map_data import region_map
from library.models import LibraryPage
from taxonomy.data import REGIONS

pytestmark = pytest.mark.django_db

MAPPED_SLUGS = [slug for slug, _fr, _en, insee_code in REGIONS if insee_code]
LANGUAGES = {"fr": ("/", "/carte/", "/recherche/"), "en": ("/en/", "/en/map/", "/en/search/")}
SECTIONS = {"fr": ("/temoignages/", "/fiches-de-poste/"), "en": ("/en/testimonies/", "/en/job-descriptions/")}
LABEL = re.compile(r"^(?P<name>.+?) ?: (?P<testimonies>\d+) (témoignages?|testimon(y|ies)), (?P<jobs>\d+) ")


def regions_on_the_map(html):
    """{region slug: (accessible name, testimonies, job descriptions, href)} from the SVG."""
    found = {}
    for link in BeautifulSoup(html, "html.parser").select("svg.region-map__drawing a"):
        label = link["aria-label"]
        match = LABEL.match(label)
        assert match, label
        assert link.title.get_text() == label
        slug = re.search(r"[?&]region=([a-z-]+)", link["href"]).group(1)
        found[slug] = (label, int(match["testimonies"]), int(match["jobs"]), link["href"])
    return found


def facet_counts(client, url, facet):
    answer = client.get(url + ("&" if "?" in url else "?") + "format=json")
    assert answer.status_code == 200, url
    return {value["value"]: value["count"] for value in answer.json()["facets"][facet]}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_region_shows_the_facet_counts_and_leads_to_its_listing(client, demo_site, language):
    home, map_page, search_page = LANGUAGES[language]
    testimonies_section, jobs_section = SECTIONS[language]
    on_map = regions_on_the_map(client.get(map_page).content.decode())
    assert sorted(on_map) == sorted(MAPPED_SLUGS)
    testimonies = facet_counts(client, testimonies_section, "region")
    jobs = facet_counts(client, jobs_section, "region")
    assert sum(counts[1] + counts[2] for counts in on_map.values()) > 0
    for slug, (label, shown_testimonies, shown_jobs, href) in on_map.items():
        assert (shown_testimonies, shown_jobs) == (testimonies.get(slug, 0), jobs.get(slug, 0)), label
        assert urlsplit(href).path == search_page
        # The listing it leads to counts the same in its type facet.
        types = facet_counts(client, href, "type")
        assert (types.get("temoignage", 0), types.get("fiche-de-poste", 0)) == (shown_testimonies, shown_jobs)
    assert regions_on_the_map(client.get(home).content.decode()) == on_map


def test_auvergne_rhone_alpes_leads_to_the_grenoble_and_isere_testimonies(client, demo_site):
    label, testimonies, _jobs, href = regions_on_the_map(client.get("/").content.decode())[
        "auvergne-rhone-alpes"
    ]
    assert label.startswith("Auvergne-Rhône-Alpes : ")
    listing = client.get(href)
    assert listing.status_code == 200
    html = listing.content.decode()
    expected = LibraryPage.objects.live().filter(
        locale__language_code="fr", resource_type="temoignage", regions__slug="auvergne-rhone-alpes"
    )
    assert expected.count() == testimonies >= 3
    for page in expected:
        assert f'href="{page.url}"' in html, page.title
    assert "Grenoble" in html and "Isère" in html


def test_the_table_holds_the_same_counts_and_links_with_the_nationwide_content(client, demo_site):
    html = client.get("/carte/").content.decode()
    on_map = regions_on_the_map(html)
    table = BeautifulSoup(html, "html.parser").select_one("table.region-table")
    rows = {}
    for row in table.select("tbody tr"):
        link = row.th.a
        cells = [int(cell.get_text()) for cell in row.select("td")]
        rows[re.search(r"region=([a-z-]+)", link["href"]).group(1)] = (link["href"], *cells)
    for slug, (_label, testimonies, jobs, href) in on_map.items():
        assert rows[slug] == (href, testimonies, jobs)
    # Nationwide content has no region on the map: its row, and a line under the legend.
    national = rows["national"]
    assert national[1:] == (0, 3)
    assert f'href="{national[0]}"' in str(
        BeautifulSoup(html, "html.parser").select_one(".region-map__legend")
    )
    # On the home page the table is folded in a disclosure.
    home = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    assert home.select_one("details.region-map__details table.region-table") is not None


def test_the_french_singular_covers_zero_and_one(client, demo_site):
    labels = [label for label, *_rest in regions_on_the_map(client.get("/carte/").content.decode()).values()]
    assert "Bretagne : 0 témoignage, 0 fiche de poste" in labels
    assert "Île-de-France : 1 témoignage, 0 fiche de poste" in labels
    english = [
        label for label, *_rest in regions_on_the_map(client.get("/en/map/").content.decode()).values()
    ]
    assert "Brittany: 0 testimonies, 0 job descriptions" in english


def test_shades_follow_the_counts_and_the_legend_names_them(client, demo_site):
    soup = BeautifulSoup(client.get("/carte/").content.decode(), "html.parser")
    shades = {}
    for link in soup.select("svg.region-map__drawing a"):
        match = LABEL.match(link["aria-label"])
        total = int(match["testimonies"]) + int(match["jobs"])
        shade = next(name for name in link["class"] if name.startswith("region-map__shade-"))
        shades.setdefault(shade, set()).add(total)
        counted = link.select_one("text.region-map__count")
        assert (counted.get_text() if counted else "0") == str(total)
    assert {0} == shades["region-map__shade-0"]
    assert len(shades) >= 3  # the demo's regions hold 0, 1 and 4 items
    assert [item.get_text(strip=True) for item in soup.select(".region-map__shades li")] == [
        "Aucun contenu",
        "1 à 2",
        "3 à 5",
        "6 à 10",
        "11 ou plus",
    ]


def test_the_map_is_counted_once_per_content_generation_at_a_constant_cost(
    demo_site, django_assert_num_queries
):
    from search.models import LibraryIndexPage
    from search.vocabulary import Vocabulary
    from testimonies.tests.factories import TestimonyPageFactory

    testimonies = LibraryIndexPage.objects.get(locale__language_code="fr", scope="temoignage")
    french = testimonies.locale_id
    Vocabulary.for_locale(french)  # the facets' vocabulary, cached on its own
    with django_assert_num_queries(3):  # the regions' INSEE codes, then the search's catalogue (pages, terms)
        before = region_map(french, "/recherche/")
    with django_assert_num_queries(0):
        assert region_map(french, "/recherche/") == before
    for _ in range(5):
        TestimonyPageFactory(parent=testimonies, regions=["bretagne"])
    Vocabulary.for_locale(french)
    with django_assert_num_queries(3):  # a new content generation: counted again, as many queries
        after = region_map(french, "/recherche/")

    def brittany(result):
        return next(region for region in result["regions"] if region["slug"] == "bretagne")

    assert brittany(after)["testimonies"] == brittany(before)["testimonies"] + 5
    assert brittany(after)["shade"] > brittany(before)["shade"]
    assert brittany(after)["url"] == "/recherche/?region=bretagne"
