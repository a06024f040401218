"""French that forgives (PostgreSQL): stemming, accents, hyphens, synonyms, multi-word ranking,
English stemming for English pages, and the demo queries readers type."""

import pytest

from guides.models import PracticeGuidePage
from search.tests.factories import SearchGuideFactory
from testing.database import LAYERS, site_tree

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def titles(client, page, query, **params):
    answer = client.get(page.url, {"q": query, "format": "json", **params}).json()
    return [item["title"] for item in answer["results"]]


FRENCH_PAGES = {
    "stem": ("Guide A", "L'accompagnement des personnes accueillies."),
    "accent": ("Guide B", "La réinsertion sociale par le travail."),
    "hyphen": ("Guide C", "Le rôle du pair-aidant dans l'équipe."),
    "spaced": ("Guide D", "Un pair aidant rejoint le service."),
    "msp": ("Guide E", "Une médiatrice de santé paire à l'hôpital."),
    "lam": ("Guide F", "Des lits d'accueil médicalisés à Grenoble."),
    "chrs": ("Guide G", "Un CHRS de stabilisation."),
    "other": ("Guide H", "La comptabilité d'une association."),
}


def build_french_pages():
    """Eight guides, one way of writing French each: a database layer."""
    guides = site_tree()["sections"]["guide"]
    return {
        key: SearchGuideFactory(parent=guides, title=title, text=text).pk
        for key, (title, text) in FRENCH_PAGES.items()
    }


LAYERS.register("french", build_french_pages)


@pytest.fixture
def french(site_tree):
    pages = {key: PracticeGuidePage.objects.get(pk=pk) for key, pk in LAYERS.data("french").items()}
    return {"search": site_tree["sections"][""], "pages": pages, **site_tree}


def test_stemming_finds_other_forms_of_a_word(client, french):
    assert titles(client, french["search"], "accompagner") == ["Guide A"]
    assert titles(client, french["search"], "accompagnements") == ["Guide A"]


def test_accents_are_ignored_both_ways(client, french):
    assert "Guide B" in titles(client, french["search"], "reinsertion")
    assert "Guide B" in titles(client, french["search"], "RÉINSERTION")
    assert titles(client, french["search"], "comptabilite") == ["Guide H"]


def test_hyphen_and_space_are_the_same(client, french):
    for query in ["pair-aidant", "pair aidant", "pairs-aidants", "Pair Aidants"]:
        found = titles(client, french["search"], query)
        assert {"Guide C", "Guide D"} <= set(found[:2]), query


@pytest.mark.parametrize(
    "query",
    [
        "pair-aidant",
        "pair aidant",
        "travailleur pair",
        "travailleuse paire",
        "intervenant pair",
    ],
)
def test_every_name_of_a_peer_worker_finds_the_others(client, french, query):
    found = set(titles(client, french["search"], query))
    assert {"Guide C", "Guide D", "Guide E"} <= found
    assert "Guide H" not in found


@pytest.mark.parametrize("query", ["MSP", "médiateur de santé pair", "mediatrice sante paire"])
def test_a_narrower_name_finds_its_own_group_only(client, french, query):
    """A médiateur de santé pair is a peer worker, not every peer worker: "MSP" means the first."""
    assert titles(client, french["search"], query) == ["Guide E"]


def test_acronyms_and_spelled_out_forms_find_each_other(client, french):
    assert titles(client, french["search"], "LAM") == ["Guide F"]
    assert titles(client, french["search"], "lits d'accueil medicalises") == ["Guide F"]
    assert titles(client, french["search"], "centre d'hébergement et de réinsertion sociale")[0] == "Guide G"
    # a word of the spelled-out form finds the page that only says "CHRS"
    assert {"Guide B", "Guide G"} <= set(titles(client, french["search"], "réinsertion"))


def test_pages_with_all_the_words_come_first_then_pages_with_some(client, site_tree):
    guides = site_tree["sections"]["guide"]
    SearchGuideFactory(parent=guides, title="Un seul mot", text="Le logement, logement, logement d'abord.")
    SearchGuideFactory(parent=guides, title="Deux mots", text="Le logement et la santé.")
    SearchGuideFactory(parent=guides, title="Trois mots", text="Accompagnement, logement et santé.")
    SearchGuideFactory(parent=guides, title="Aucun", text="La comptabilité.")
    found = titles(client, site_tree["sections"][""], "accompagnement logement santé")
    assert found == ["Trois mots", "Deux mots", "Un seul mot"]


def test_english_pages_are_stemmed_as_english(client, site_tree):
    english_guides = site_tree["sections"]["guide"].get_translation(site_tree["loader"].en)
    english_search = site_tree["sections"][""].get_translation(site_tree["loader"].en)
    SearchGuideFactory(
        parent=english_guides, title="Housing support", text="Supporting peer workers in housing teams."
    )
    assert titles(client, english_search, "house") == ["Housing support"]
    assert titles(client, english_search, "supported worker") == ["Housing support"]
    suggestions = client.get(english_search.url + "suggestions/", {"q": "hous"}).json()
    assert [item["title"] for item in suggestions if item["type"] == "guide"] == ["Housing support"]
    assert english_search.url + "suggestions/" == "/en/search/suggestions/"


def test_autocomplete_ignores_accents_and_knows_synonyms(client, french):
    url = french["search"].url + "suggestions/"
    SearchGuideFactory(parent=french["sections"]["guide"], title="Médiateur de santé pair : le guide")
    found = [(item["type"], item["title"]) for item in client.get(url, {"q": "medi"}).json()]
    # the page first, then the taxonomy terms that lead to their listings ("médicalisés" too)
    assert found[0] == ("guide", "Médiateur de santé pair : le guide")
    assert ("poste", "Médiateur·rice de santé pair") in found[1:]
    assert all(kind in {"thematique", "public", "structure", "poste", "region"} for kind, _title in found[1:])
    assert "Médiateur de santé pair : le guide" in [
        item["title"] for item in client.get(url, {"q": "MSP"}).json()
    ]


@pytest.mark.parametrize(
    ("query", "expected_first"),
    [
        ("LAM", {"travailleur-pair-en-lam", "ccas-grenoble-travailleurs-pairs-lits-accueil-medicalises"}),
        ("mediateur sante", {"mediateur-sante-pair", "un-chez-soi-dabord-marseille-mediateurs-sante"}),
    ],
)
def test_demo_queries_find_the_right_pages_first(client, demo_site, query, expected_first):
    from search.models import LibraryIndexPage

    search_page = LibraryIndexPage.objects.get(scope="", locale__language_code="fr")
    answer = client.get(search_page.url, {"q": query, "format": "json"}).json()
    first_two = {item["url"].rstrip("/").rsplit("/", 1)[-1] for item in answer["results"][:2]}
    assert first_two == expected_first


def test_demo_pair_aidant_and_reinsertion(client, demo_site):
    from library.models import LibraryPage
    from search.models import LibraryIndexPage

    search_page = LibraryIndexPage.objects.get(scope="", locale__language_code="fr")
    answer = client.get(search_page.url, {"q": "pair aidant", "format": "json"}).json()
    assert answer["count"] >= 10  # every page about peer workers, whatever it calls them
    first = LibraryPage.objects.get(url_path__endswith=answer["results"][0]["url"].split("/", 2)[-1])
    # the reader's own word first: in the page's text or in the name of its "type de poste"
    text = first.specific.reading_text() + " ".join(term.name for term in first.post_types.all())
    assert "pair-aidant" in text.lower().replace("pairs-aidants", "pair-aidant")
    answer = client.get(search_page.url, {"q": "reinsertion", "format": "json"}).json()
    assert answer["count"] >= 1
    for item in answer["results"]:
        page = LibraryPage.objects.get(url_path__endswith=item["url"].split("/", 2)[-1])
        text = page.specific.reading_text() + " ".join(t.slug for t in page.structure_types.all())
        assert "chrs" in text.lower() or "réinsertion" in text.lower(), item["title"]
