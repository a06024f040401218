"""A throwaway PostgreSQL database for tests whose subject is a whole database (upgrades, backups).

The default connection is pointed at it for the duration (Wagtail's own data migrations write
through the default connection), then back at the test database; it is dropped at the end.
"""

import contextlib
import os

from django.db import connection


def _execute_outside_any_database(sql):
    with connection._nodb_cursor() as cursor:
        cursor.execute(sql)


@contextlib.contextmanager
def scratch_database(suffix):
    if connection.in_atomic_block:
        raise RuntimeError("a scratch database needs the default connection outside any transaction")
    original = connection.settings_dict["NAME"]
    name = f"{original}_{suffix}_{os.getpid()}"
    connection.close()
    _execute_outside_any_database(f'DROP DATABASE IF EXISTS "{name}"')
    _execute_outside_any_database(f'CREATE DATABASE "{name}"')
    connection.settings_dict["NAME"] = name
    try:
        yield name
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original
        _execute_outside_any_database(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
