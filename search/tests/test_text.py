"""Query reading, synonym recognition and highlighting, without a database."""

from search.forms import SearchForm
from search.text import SynonymIndex, clean_query, fold, highlight, key_words

PEERS = [
    "pair-aidant",
    "pair aidant",
    "travailleur pair",
    "travailleuse paire",
    "médiateur de santé pair",
    "MSP",
    "intervenant pair",
]
SYNONYMS = SynonymIndex(
    [PEERS, ["LAM", "lits d'accueil médicalisés"], ["CHRS", "centre d'hébergement et de réinsertion sociale"]]
)


def test_fold_drops_accents_case_and_ligatures():
    assert fold("Médiatrice ŒUVRE Réinsertion") == "mediatrice oeuvre reinsertion"


def test_clean_query_removes_control_characters_and_cuts_long_queries():
    assert clean_query("  pair\x00 aidant\n ") == "pair aidant"
    assert len(clean_query("a" * 5000)) == 200


def test_hyphen_space_plural_and_accents_give_the_same_key():
    assert key_words("pair-aidant") == key_words("pair aidant") == key_words("Pairs-Aidants")
    assert key_words("médiateurs de santé pairs") == key_words("mediateur sante pair")


def test_every_way_to_name_a_peer_worker_finds_the_others():
    for typed in PEERS + ["Pair-Aidants", "travailleurs pairs", "médiateurs de santé pairs", "msp"]:
        groups = SYNONYMS.parse(typed).groups
        assert len(groups) == 1, typed
        assert {fold(term) for term in PEERS} <= {fold(alt) for alt in groups[0].alternatives}, typed


def test_acronyms_expand_to_their_spelled_out_form_and_back():
    assert "lits d'accueil médicalisés" in SYNONYMS.parse("LAM").groups[0].alternatives
    assert "LAM" in SYNONYMS.parse("lits d’accueil médicalisés").groups[0].alternatives


def test_other_words_stay_separate_groups_and_stop_words_vanish():
    groups = SYNONYMS.parse("recrutement d'un travailleur pair en LAM").groups
    assert [group.words for group in groups] == [("recrutement",), ("travailleur", "pair"), ("lam",)]
    assert SYNONYMS.parse("de la").groups == []


def test_documents_gain_the_spelled_out_form_of_their_acronyms_only():
    extra = SYNONYMS.expansions("Un CHRS accueille un travailleur pair")
    assert "centre d'hébergement et de réinsertion sociale" in extra
    assert "médiateur de santé pair" not in extra  # the page's own wording is kept for ranking
    assert "médiateur de santé pair" in SYNONYMS.expansions("Une MSP à temps plein")


def test_highlight_marks_stemmed_and_accented_matches_and_escapes_the_rest():
    html = highlight(
        "Les pairs-aidants <b>accompagnent</b> la réinsertion.", ["pair", "aidant", "reinsertion"]
    )
    assert "<mark>pairs</mark>-<mark>aidants</mark>" in html
    assert "<mark>réinsertion</mark>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert highlight("Une aide", ["aidant"]) == "Une aide"


class FakeVocabulary:
    def choices(self, facet):
        return {"type": [("guide", "Guide")], "thematique": [("recrutement", "Recrutement")]}.get(facet, [])


def form_data(query_string):
    from django.http import QueryDict

    return SearchForm(QueryDict(query_string), FakeVocabulary()).cleaned()


def test_form_drops_unknown_values_one_by_one(settings):
    data = form_data("thematique=inconnue&thematique=recrutement&thematique=recrutement&type=x")
    assert data["thematique"] == ["recrutement"] and data["type"] == []


def test_form_never_refuses_bad_pages_sorts_or_years(settings):
    for page in ["abc", "-3", "0", "1.5", "", "9" * 40]:
        assert 1 <= form_data(f"page={page}")["page"] <= 100_000
    assert form_data("tri=au-hasard")["tri"] == "date"
    assert form_data("q=pair&tri=au-hasard")["tri"] == "pertinence"
    assert form_data("annee=20x4&annee=2024&annee=99999")["annee"] == ["2024"]
    assert form_data("q=" + "x" * 1000)["q"] == "x" * 200
