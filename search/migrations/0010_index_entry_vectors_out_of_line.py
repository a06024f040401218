"""PostgreSQL: the index entries' large vectors are stored out of line (TOAST), so that the table
itself holds only small rows.

A search reads, from GIN indexes, the ids of the pages matching each idea (0009): PostgreSQL then
visits the table's rows for their page ids. With each body vector (about 2 kB compressed) kept in
its row, a word found in 10,000 pages made it read 44 MB of rows; out of line, about 1.5 MB. The
vectors are read back only where a query tests them one by one, which the search never does.
`toast_tuple_target` is PostgreSQL's own setting for this (128 bytes, its minimum); existing rows
are rewritten once so they follow it too. Nothing to do on SQLite.
"""

from django.db import migrations

ENTRY = "wagtailsearch_indexentry"


def store_out_of_line(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {ENTRY} SET (toast_tuple_target = 128)")
    schema_editor.execute(f"UPDATE {ENTRY} SET body = body")


def store_in_line(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {ENTRY} RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("search", "0009_page_set_functions")]

    operations = [migrations.RunPython(store_out_of_line, store_in_line)]
