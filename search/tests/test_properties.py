"""Property-based checks: facet counts over random combinations, and fuzzed query strings."""

from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.tests.conftest import AUDIENCES, POSTS, REGIONS, STRUCTURES, THEMES, WORDS
from search.tests.truth import expected_counts, expected_total

pytestmark = pytest.mark.django_db

UNKNOWN = "inconnue"  # not a term: the engine drops it
VALUES = {
    "type": ["guide", "fiche-de-poste", "temoignage"],
    "thematique": THEMES + [UNKNOWN],
    "public": AUDIENCES,
    "structure": STRUCTURES + ["lhss"],
    "poste": POSTS,
    "region": REGIONS + ["corse"],
    "annee": ["2022", "2023", "2024", "1999"],
}
selections = st.fixed_dictionaries(
    {},
    optional={
        facet: st.lists(st.sampled_from(values), max_size=3, unique=True) for facet, values in VALUES.items()
    },
)
SLOW = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SLOW
@given(selection=selections, word=st.sampled_from([None] + WORDS))
def test_facet_counts_equal_the_filtered_result_counts(client, facet_library, selection, word):
    specs = facet_library["specs"]
    params = {**selection, "format": "json"}
    if word:
        params["q"] = word
    answer = client.get(facet_library["search"].url, params).json()
    known = {facet: [value for value in values if value != UNKNOWN] for facet, values in selection.items()}
    assert answer["count"] == expected_total(specs, known, word)
    truth = expected_counts(specs, known, word)
    for facet, values in answer["facets"].items():
        shown = {value["value"]: value["count"] for value in values if value["count"]}
        assert shown == truth.get(facet, {}), facet
        for value in values:
            assert value["count"] > 0 or value["selected"]


@SLOW
@given(selection=selections)
def test_a_value_count_is_what_choosing_it_gives(client, facet_library, selection):
    url = facet_library["search"].url
    answer = client.get(url, {**selection, "format": "json"}).json()
    for facet, values in answer["facets"].items():
        for value in values[:2]:
            chosen = client.get(url, {**selection, facet: [value["value"]], "format": "json"}).json()
            assert chosen["count"] == value["count"], (facet, value)


KEYS = st.sampled_from(
    ["q", "type", "thematique", "public", "structure", "poste", "region", "annee", "tri", "page", "format"]
) | st.text(max_size=12)
VALUES_TEXT = st.text(max_size=300) | st.sampled_from(
    [
        "json",
        "-1",
        "0",
        "99999999999999999999",
        "1e9",
        "NaN",
        "%00",
        "\x00",
        "'; DROP TABLE x; --",
        "<script>",
    ]
)
RAW = st.text(alphabet=st.characters(codec="ascii"), max_size=200) | st.binary(max_size=80).map(
    lambda raw: "".join(f"%{byte:02x}" for byte in raw)
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pairs=st.lists(st.tuples(KEYS, VALUES_TEXT), max_size=8), raw=RAW)
def test_no_query_string_ever_gives_a_server_error(client, site_tree, pairs, raw):
    search_url = site_tree["sections"][""].url
    encoded = urlencode(pairs)
    for url in (search_url, site_tree["sections"]["guide"].url, search_url + "suggestions/"):
        for query_string in (encoded, raw, quote(raw)):
            response = client.get(url, QUERY_STRING=query_string)
            assert response.status_code in (200, 404), (url, query_string, response.status_code)
