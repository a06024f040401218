"""PostgreSQL: an English configuration that ignores accents, and a GIN index on title || body.

Wagtail's own search (the admin's page search) matches `(title || body) @@ query`; without an index
on that expression PostgreSQL reads the whole index table. Nothing to do on SQLite.
After this migration, `manage.py update_index` rebuilds English pages with English stemming.
"""

from django.db import migrations

CREATE = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'english_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION english_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
    END IF;
END
$$;
CREATE INDEX IF NOT EXISTS search_indexentry_title_body_gin
    ON wagtailsearch_indexentry USING gin ((title || body));
"""

DROP = """
DROP INDEX IF EXISTS search_indexentry_title_body_gin;
DROP TEXT SEARCH CONFIGURATION IF EXISTS english_unaccent;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_initial_synonyms"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
