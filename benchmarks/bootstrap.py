"""Django set-up for the benchmarks (a plain package, not an app) and their throwaway database."""

import os
from contextlib import contextmanager


def setup():
    """Configures Django with the project's settings, as manage.py does."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


def check_database_name(name):
    """The throwaway database is dropped at the end: never let it be a developer's database."""
    if "bench" not in name:
        raise SystemExit(f"La base jetable doit avoir « bench » dans son nom : {name!r} refusé.")


@contextmanager
def throwaway_database(name, keep=False):
    """Creates `name` (dropping any leftover), migrates it, connects to it; drops it at the end.

    Django's test-database machinery does the work: the configured database is never read nor
    written.
    """
    from django.db import connection

    check_database_name(name)
    connection.settings_dict.setdefault("TEST", {})["NAME"] = name
    original_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(original_name, verbosity=0, keepdb=keep)
