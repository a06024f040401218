"""PostgreSQL: the index entries whose text (title and body), summary or taxonomy terms match a
query, read from GIN indexes (search.ranking).

A word found in most pages ("accompagnement") made PostgreSQL test the large body vector of every
page, several times per idea of the query, so a search took ten times longer on ten times more
pages. Each function below reads its set from an index instead, with sequential scans disabled for
its own statement only (a function with a SET clause is planned apart from the query calling it):
for a word in nearly every row the planner would otherwise read the table and test every vector.

The summary and the taxonomy terms are the body's lexemes of weights B and C (the boosts
SUMMARY_BOOST and TERMS_BOOST of library.models; a test checks they still map to these weights),
each with a GIN index of its own. Nothing to do on SQLite.
"""

from django.db import migrations

ENTRY = "wagtailsearch_indexentry"
# The candidates of a search: the entries of these content types (the library's page types) whose
# text (title and body) matches, with the columns ranking reads of each row (the title's vector is
# small; the body's is left where it is) and the page's id as an integer, joined to the page's
# without converting each page id to text. Estimated at 3 000 rows: with fewer, PostgreSQL counted
# a common word's facets by looking each candidate up in an index instead of hashing.
CANDIDATES = (
    "CREATE OR REPLACE FUNCTION search_entries_matching(query tsquery, content_types integer[]) "
    "RETURNS TABLE(id integer, page_id integer, title tsvector, title_norm double precision) "
    "LANGUAGE sql STABLE PARALLEL SAFE ROWS 3000 SET enable_seqscan = off AS $$ "
    "SELECT e.id, CAST(e.object_id AS integer), e.title, e.title_norm "
    f"FROM {ENTRY} e WHERE e.content_type_id = ANY(content_types) AND (e.title || e.body) @@ query $$"
)
# The ids of the entries whose summary (weight B) or taxonomy terms (weight C) match, each read
# from a GIN index on the same expression.
WEIGHTED = {
    "summary": ("search_entries_in_summary", "search_indexentry_summary_gin", "ts_filter(body, '{b}')"),
    "terms": ("search_entries_in_terms", "search_indexentry_terms_gin", "ts_filter(body, '{c}')"),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(CANDIDATES)
    for function, index, expression in WEIGHTED.values():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {ENTRY} USING gin (({expression}))")
        schema_editor.execute(
            f"CREATE OR REPLACE FUNCTION {function}(query tsquery) RETURNS SETOF integer "
            "LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off "
            f"AS $$ SELECT id FROM {ENTRY} WHERE {expression} @@ query $$"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP FUNCTION IF EXISTS search_entries_matching(tsquery, integer[])")
    for function, index, _expression in WEIGHTED.values():
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {function}(tsquery)")
        schema_editor.execute(f"DROP INDEX IF EXISTS {index}")


class Migration(migrations.Migration):
    dependencies = [("search", "0007_health_peer_mediators_synonyms")]

    operations = [migrations.RunPython(create, drop)]
