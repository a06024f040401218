"""PostgreSQL: a search reads which pages have an idea from GIN indexes, never by testing every
page's body vector (search/migrations/0009_page_set_functions.py, search.ranking)."""

import importlib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from library.models import SUMMARY_BOOST, TERMS_BOOST
from search.ranking import PAGE_SET_FUNCTIONS
from search.tests.factories import SearchGuideFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

MIGRATION = importlib.import_module("search.migrations.0009_page_set_functions")


def test_the_indexed_weights_are_those_of_the_summary_and_the_terms():
    """The functions read the weights Wagtail gives the summary's and the terms' boosts: a
    change of boost needs a migration of these functions and of their indexes."""
    from modelsearch.backends.database.postgres.weights import get_weight

    boosts = {"summary": SUMMARY_BOOST, "terms": TERMS_BOOST}
    assert set(MIGRATION.PAGE_SETS) == set(PAGE_SET_FUNCTIONS)
    for field, boost in boosts.items():
        function, expression = MIGRATION.PAGE_SETS[field]
        assert function == PAGE_SET_FUNCTIONS[field]
        assert f"'{{{get_weight(boost).lower()}}}'" in expression


def test_each_set_function_reads_an_index_whatever_the_word():
    """A word in nearly every page would make the planner read the whole table and test every
    vector: each function turns sequential scans off for its own statement."""
    names = list(PAGE_SET_FUNCTIONS.values())
    with connection.cursor() as cursor:
        cursor.execute("SELECT proname, proconfig FROM pg_proc WHERE proname = ANY(%s)", [names])
        found = dict(cursor.fetchall())
    assert set(found) == set(names)
    assert all(config == ["enable_seqscan=off"] for config in found.values())


def test_each_set_function_is_answered_from_an_index(site_tree):
    """The statement inside each function, planned as the function plans it, reads a GIN index."""
    with connection.cursor() as cursor:
        # Within the test's own transaction, which is rolled back at its end.
        cursor.execute("SET LOCAL enable_seqscan = off")
        for _function, expression in MIGRATION.PAGE_SETS.values():
            cursor.execute(
                f"EXPLAIN SELECT e.object_id FROM wagtailsearch_indexentry e WHERE {expression} @@ 'ordinair'"
            )
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "Bitmap Index Scan" in plan, plan


@pytest.mark.parametrize("query", ["ordinaire", "ordinaire quasar", "médiateur de santé pair"])
def test_a_search_asks_the_database_only_for_sets_of_pages(client, site_tree, query):
    guides = site_tree["sections"]["guide"]
    for number in range(3):
        SearchGuideFactory(parent=guides, title=f"Guide {number}", text="Un texte ordinaire.")
    SearchGuideFactory(parent=guides, title="Guide rare", text="Ordinaire, et quasar.")
    with CaptureQueriesContext(connection) as captured:
        answer = client.get(site_tree["sections"][""].url, {"q": query, "format": "json"})
    assert answer.status_code == 200
    statements = [query["sql"] for query in captured.captured_queries if "search_pages_in_" in query["sql"]]
    assert len(statements) == 1
    statement = statements[0]
    assert "wagtailsearch_indexentry" not in statement and "JOIN" not in statement
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {statement}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "body @@" not in plan and "body) @@" not in plan


def test_the_index_table_keeps_its_large_vectors_out_of_line():
    """Reading the page ids of 10,000 matching entries visits small rows only (migration 0010)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'wagtailsearch_indexentry'")
        (options,) = cursor.fetchone()
    assert "toast_tuple_target=128" in (options or [])
