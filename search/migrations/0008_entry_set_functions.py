"""PostgreSQL: the sets of index entries whose text (title and body), summary or taxonomy terms match a query,
read from GIN indexes (search.ranking.entries_sql).

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
# The entries whose text (title and body), summary (weight B) or taxonomy terms (weight C) match.
SETS = {
    "search_entries_matching": "(title || body)",
    "search_entries_in_summary": "ts_filter(body, '{b}')",
    "search_entries_in_terms": "ts_filter(body, '{c}')",
}
INDEXES = {
    "search_indexentry_summary_gin": "ts_filter(body, '{b}')",
    "search_indexentry_terms_gin": "ts_filter(body, '{c}')",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, expression in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {ENTRY} USING gin (({expression}))")
    for name, vector in SETS.items():
        schema_editor.execute(
            f"CREATE OR REPLACE FUNCTION {name}(query tsquery) RETURNS SETOF integer "
            "LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off "
            f"AS $$ SELECT id FROM {ENTRY} WHERE {vector} @@ query $$"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in SETS:
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}(tsquery)")
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0007_health_peer_mediators_synonyms")]

    operations = [migrations.RunPython(create, drop)]
