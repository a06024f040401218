"""PostgreSQL: a search reads which pages have an idea from GIN indexes, never by testing every
candidate's body vector (search/migrations/0008_entry_set_functions.py, search.ranking)."""

import importlib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from library.models import SUMMARY_BOOST, TERMS_BOOST
from search.ranking import CANDIDATES_FUNCTION, ENTRY_SET_FUNCTIONS
from search.tests.factories import SearchGuideFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

MIGRATION = importlib.import_module("search.migrations.0008_entry_set_functions")


def test_the_indexed_weights_are_those_of_the_summary_and_the_terms():
    """The migration indexes the weights Wagtail gives the summary's and the terms' boosts: a
    change of boost needs a migration of these indexes."""
    from modelsearch.backends.database.postgres.weights import get_weight

    boosts = {"summary": SUMMARY_BOOST, "terms": TERMS_BOOST}
    assert set(MIGRATION.WEIGHTED) == set(boosts) == set(ENTRY_SET_FUNCTIONS)
    for field, (function, _index, expression) in MIGRATION.WEIGHTED.items():
        assert function == ENTRY_SET_FUNCTIONS[field]
        assert f"'{{{get_weight(boosts[field]).lower()}}}'" in expression


def test_each_set_function_reads_an_index_whatever_the_word():
    """A word in nearly every page would make the planner read the whole table and test every
    vector: each function turns sequential scans off for its own statement."""
    names = [CANDIDATES_FUNCTION, *ENTRY_SET_FUNCTIONS.values()]
    with connection.cursor() as cursor:
        cursor.execute("SELECT proname, proconfig FROM pg_proc WHERE proname = ANY(%s)", [names])
        found = dict(cursor.fetchall())
    assert set(found) == set(names)
    assert all(config == ["enable_seqscan=off"] for config in found.values())


@pytest.mark.parametrize("query", ["ordinaire", "ordinaire quasar", "médiateur de santé pair"])
def test_a_search_tests_no_body_vector_row_by_row(client, site_tree, query):
    guides = site_tree["sections"]["guide"]
    for number in range(3):
        SearchGuideFactory(parent=guides, title=f"Guide {number}", text="Un texte ordinaire.")
    SearchGuideFactory(parent=guides, title="Guide rare", text="Ordinaire, et quasar.")
    with CaptureQueriesContext(connection) as captured:
        answer = client.get(site_tree["sections"][""].url, {"q": query, "format": "json"})
    assert answer.status_code == 200
    statement = next(query["sql"] for query in captured.captured_queries if "WITH base" in query["sql"])
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {statement}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Function Scan on {CANDIDATES_FUNCTION}" in plan
    assert "body @@" not in plan and "body) @@" not in plan
