"""The engine through its public URLs: facets, pagination, JSON, section indexes, no-index rules."""

import datetime
import re

import pytest

from search.tests.factories import SearchGuideFactory
from search.tests.truth import expected_counts, expected_total

pytestmark = pytest.mark.django_db


def as_json(client, url, **params):
    response = client.get(url, {**params, "format": "json"})
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    return response.json()


def counts_of(answer):
    return {
        facet: {value["value"]: value["count"] for value in values}
        for facet, values in answer["facets"].items()
    }


@pytest.mark.sqlite_smoke
def test_json_answer_follows_the_contract(client, facet_library):
    answer = as_json(client, facet_library["search"].url)
    assert set(answer) == {"query", "corrected_query", "count", "page", "num_pages", "results", "facets"}
    assert answer["corrected_query"] is None
    assert answer["count"] == 24 and answer["page"] == 1 and answer["num_pages"] == 2
    assert len(answer["results"]) == 20
    first = answer["results"][0]
    assert set(first) == {"title", "url", "type", "summary", "date"}
    assert first["type"] in {"guide", "fiche-de-poste"} and first["url"].startswith("/")
    dates = [item["date"] for item in answer["results"]]
    assert dates == sorted(dates, reverse=True)  # newest first without a query
    assert set(answer["facets"]) == {"type", "thematique", "public", "structure", "poste", "region", "annee"}
    value = answer["facets"]["thematique"][0]
    assert set(value) == {"value", "label", "count", "selected"}


@pytest.mark.sqlite_smoke
@pytest.mark.parametrize(
    "selection",
    [
        {},
        {"thematique": ["recrutement"]},
        {"thematique": ["recrutement", "management"]},
        {"thematique": ["recrutement"], "region": ["bretagne"]},
        {"type": ["guide"], "structure": ["chrs", "lam"], "annee": ["2023", "2024"]},
        {"public": ["precarite"], "poste": ["travailleur-pair"], "region": ["occitanie"]},
    ],
)
def test_counts_are_or_inside_a_facet_and_and_across_facets(client, facet_library, selection):
    specs = facet_library["specs"]
    answer = as_json(client, facet_library["search"].url, **selection)
    assert answer["count"] == expected_total(specs, selection)
    truth = expected_counts(specs, selection)
    for facet, values in counts_of(answer).items():
        shown = {value: count for value, count in values.items() if count}
        assert shown == truth.get(facet, {}), facet
    for facet, values in answer["facets"].items():
        for value in values:
            assert value["selected"] == (value["value"] in selection.get(facet, []))


def test_choosing_a_value_gives_the_count_it_announced(client, facet_library):
    url = facet_library["search"].url
    answer = as_json(client, url, thematique=["recrutement"])
    for value in answer["facets"]["region"]:
        chosen = as_json(client, url, thematique=["recrutement"], region=[value["value"]])
        assert chosen["count"] == value["count"]


def test_section_index_lists_its_own_type_only(client, facet_library):
    guides = facet_library["sections"]["guide"]
    answer = as_json(client, guides.url, type=["fiche-de-poste"])
    specs = facet_library["specs"]
    assert answer["count"] == sum(spec["kind"] == "guide" for spec in specs)
    assert {item["type"] for item in answer["results"]} == {"guide"}
    assert [value["value"] for value in answer["facets"]["type"]] == ["guide"]
    html = client.get(guides.url).content.decode()
    assert 'name="type"' not in html


def test_out_of_range_page_shows_the_last_page(client, facet_library):
    url = facet_library["search"].url
    answer = as_json(client, url, page="999")
    assert answer["page"] == 2 and len(answer["results"]) == 4
    html = client.get(url, {"page": "999"}).content.decode()
    assert 'aria-current="page"><span class="visually-hidden">Page </span>2<' in html


def test_unknown_values_are_dropped_and_known_ones_kept(client, facet_library):
    url = facet_library["search"].url
    answer = as_json(client, url, thematique=["inconnue", "recrutement"], region="<script>", annee="19xx")
    assert answer["count"] == expected_total(facet_library["specs"], {"thematique": ["recrutement"]})
    assert "<script>" not in str(answer)


def test_selected_values_come_first_and_are_removable(client, facet_library):
    url = facet_library["search"].url
    html = client.get(
        url, {"thematique": ["formation", "recrutement"], "region": "bretagne"}
    ).content.decode()
    facet = html[html.index('id="facet-thematique"') :]
    facet = facet[: facet.index("</fieldset>")]
    checked = re.findall(r'value="([^"]+)" id="[^"]+" checked', facet)
    values = re.findall(r'name="thematique" value="([^"]+)"', facet)
    assert set(checked) == {"formation", "recrutement"}
    assert values[:2] == checked  # selected first, in vocabulary order
    assert 'href="?thematique=formation&amp;region=bretagne"' in html  # "recrutement" removed
    assert 'href="?thematique=formation&amp;thematique=recrutement"' in html  # "bretagne" removed
    assert ">Tout effacer</a>" in html and 'class="active-filters__clear" href="?"' in html
    assert 'type="submit" class="search-filters__submit">Filtrer</button>' in html


def test_values_without_results_are_hidden(client, site_tree):
    guides = site_tree["sections"]["guide"]
    SearchGuideFactory(parent=guides, title="Seul guide", themes=["recrutement"])
    html = client.get(site_tree["sections"][""].url).content.decode()
    assert 'value="recrutement"' in html and 'value="management"' not in html


@pytest.mark.parametrize(
    ("params", "indexable"),
    [
        ({}, True),
        ({"thematique": "recrutement"}, True),
        ({"thematique": ["recrutement", "management"]}, False),
        ({"thematique": "recrutement", "region": "bretagne"}, False),
        ({"q": "zephyr"}, False),
        ({"page": "2"}, False),
        ({"tri": "pertinence"}, False),
    ],
)
def test_only_the_plain_listing_and_single_facet_states_are_indexable(
    client, facet_library, params, indexable
):
    search_page = facet_library["search"]
    html = client.get(search_page.url, params).content.decode()
    assert ('<meta name="robots" content="noindex">' not in html) == indexable
    # An indexable topic state names itself as canonical; the others point to the plain listing.
    expected = "?thematique=recrutement" if indexable and params else ""
    assert f'<link rel="canonical" href="{search_page.full_url}{expected}">' in html


@pytest.mark.sqlite_smoke
def test_relevance_by_default_with_a_query_and_date_on_request(client, site_tree):
    guides = site_tree["sections"]["guide"]
    SearchGuideFactory(
        parent=guides,
        title="Ancien guide zephyr zephyr",
        text="zephyr zephyr zephyr",
        publication_date=datetime.date(2020, 1, 1),
    )
    SearchGuideFactory(
        parent=guides,
        title="Guide récent",
        text="Un mot : zephyr.",
        publication_date=datetime.date(2024, 1, 1),
    )
    url = site_tree["sections"][""].url
    by_relevance = [item["title"] for item in as_json(client, url, q="zephyr")["results"]]
    by_date = [item["title"] for item in as_json(client, url, q="zephyr", tri="date")["results"]]
    assert by_relevance == ["Ancien guide zephyr zephyr", "Guide récent"]
    assert by_date == ["Guide récent", "Ancien guide zephyr zephyr"]


def test_results_show_type_date_taxonomy_and_highlighted_summary(client, site_tree):
    guides = site_tree["sections"]["guide"]
    SearchGuideFactory(
        parent=guides,
        title="Recruter",
        summary="Préparer l'équipe à un recrutement <soigné>.",
        themes=["recrutement"],
        structure_types=["lam"],
        publication_date=datetime.date(2024, 3, 5),
    )
    html = client.get(site_tree["sections"][""].url, {"q": "recrutement"}).content.decode()
    assert "Préparer l&#x27;équipe à un <mark>recrutement</mark> &lt;soigné&gt;." in html
    assert "Guide pratique" in html and '<time datetime="2024-03-05">5 mars 2024</time>' in html
    assert '<span class="tag">Recrutement</span>' in html and "LAM (lits d&#x27;accueil médicalisés)" in html


@pytest.mark.sqlite_smoke
def test_autocomplete_answers_title_url_and_type(client, site_tree):
    guides = site_tree["sections"]["guide"]
    page = SearchGuideFactory(parent=guides, title="Zéphyr et travail pair")
    url = site_tree["sections"][""].url + "suggestions/"
    response = client.get(url, {"q": "zép"})
    assert response.status_code == 200
    assert response.json() == [{"title": "Zéphyr et travail pair", "url": page.url, "type": "guide"}]
    assert client.get(url, {"q": "z"}).json() == []
    assert client.get(url).json() == []


@pytest.mark.sqlite_smoke
def test_autocomplete_lists_title_matches_first_then_the_newest(client, site_tree):
    guides = site_tree["sections"]["guide"]

    def guide(title, year, summary="Un contenu de la bibliothèque."):
        return SearchGuideFactory(
            parent=guides, title=title, summary=summary, publication_date=datetime.date(year, 1, 15)
        )

    guide("Zéphyrine, un guide ancien", 2019)
    guide("Un autre sujet", 2025, summary="Où il est question de Zéphyrine.")  # the newest
    guide("Zéphyrine et le travail pair", 2023)
    guide("Rien de tel", 2024)
    url = site_tree["sections"][""].url + "suggestions/"
    titles = [item["title"] for item in client.get(url, {"q": "zephyr"}).json()]
    assert titles == ["Zéphyrine et le travail pair", "Zéphyrine, un guide ancien", "Un autre sujet"]
    assert [item["title"] for item in client.get(url, {"q": "ZÉPHYRINE tra"}).json()] == [
        "Zéphyrine et le travail pair"
    ]


def test_english_listing_counts_french_and_english_terms_together(client, site_tree):
    from library.models import LibraryPage
    from taxonomy.models import Theme

    english_guides = site_tree["sections"]["guide"].get_translation(site_tree["loader"].en)
    page = SearchGuideFactory(parent=english_guides, title="An English guide", themes=["recrutement"])
    french_term = Theme.objects.get(slug="management", locale__language_code="fr")
    LibraryPage.themes.through.objects.create(librarypage_id=page.pk, theme_id=french_term.pk)
    answer = as_json(client, english_guides.url, thematique="management")
    assert answer["count"] == 1
    labels = {value["value"]: value["label"] for value in answer["facets"]["thematique"]}
    assert labels == {"recrutement": "Recruitment", "management": "Management"}


def test_each_facet_count_is_announced_in_the_reader_language(client, site_tree):
    guides = site_tree["sections"]["guide"]
    SearchGuideFactory(parent=guides, title="Un guide", themes=["recrutement", "management"])
    SearchGuideFactory(parent=guides, title="Un autre guide", themes=["recrutement"])
    html = client.get(site_tree["sections"][""].url).content.decode()
    assert '(2<span class="visually-hidden"> résultats</span>)' in html
    assert '(1<span class="visually-hidden"> résultat</span>)' in html
    english_guides = guides.get_translation(site_tree["loader"].en)
    SearchGuideFactory(parent=english_guides, title="An English guide", themes=["recrutement"])
    html = client.get(english_guides.url).content.decode()
    assert '(1<span class="visually-hidden"> result</span>)' in html
    assert "résultat" not in html[html.index('id="facet-thematique"') :][:2000]
