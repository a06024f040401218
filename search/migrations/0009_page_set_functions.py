"""PostgreSQL: the ids of the pages whose text (title and body), title, summary or taxonomy terms
match a query, each as one array read from a GIN index (search.ranking, search.matching).

A search now counts and ranks from sets of page ids (search.catalogue), so the database only says
which pages have each idea: one array per idea and field, with no row of the index table carried
through a join. Sequential scans are disabled for each function's own statement, as in 0008: for a
word in nearly every row the planner would otherwise read the table and test every vector.
"""

import importlib

from django.db import migrations

ENTRY = "wagtailsearch_indexentry"
# {field: (function, the indexed expression it reads)}
PAGE_SETS = {
    "text": ("search_pages_in_text", "(e.title || e.body)"),
    "title": ("search_pages_in_title", "e.title"),
    "summary": ("search_pages_in_summary", "ts_filter(e.body, '{b}')"),
    "terms": ("search_pages_in_terms", "ts_filter(e.body, '{c}')"),
}
OLD_FUNCTIONS = [
    "search_entries_matching(tsquery, integer[])",
    "search_entries_in_summary(tsquery)",
    "search_entries_in_terms(tsquery)",
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for function, expression in PAGE_SETS.values():
        schema_editor.execute(
            f"CREATE OR REPLACE FUNCTION {function}(query tsquery, content_types integer[]) "
            "RETURNS integer[] LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off AS $$ "
            f"SELECT array_agg(CAST(e.object_id AS integer)) FROM {ENTRY} e "
            f"WHERE e.content_type_id = ANY(content_types) AND {expression} @@ query $$"
        )
    for signature in OLD_FUNCTIONS:
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {signature}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for function, _expression in PAGE_SETS.values():
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {function}(tsquery, integer[])")
    importlib.import_module("search.migrations.0008_entry_set_functions").create(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("search", "0008_entry_set_functions")]

    operations = [migrations.RunPython(create, drop)]
