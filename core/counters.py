"""Aggregate counters (downloads, searches): one row per key, incremented in a single statement."""

from django.db import connection


def add_to_counters(model, key, amounts):
    """Adds `amounts` ({field name: number}) to the row of `model` that `key` ({field name: value})
    identifies, or creates that row with these amounts.

    One INSERT … ON CONFLICT DO UPDATE (PostgreSQL, SQLite 3.24+): concurrent requests neither lose
    a count nor trip over each other. A unique constraint of `model` must cover exactly the fields
    of `key`.
    """
    meta = model._meta
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    fields = [(meta.get_field(name), value) for name, value in {**key, **amounts}.items()]
    columns = [quote(field.column) for field, _value in fields]
    params = [field.get_db_prep_save(value, connection) for field, value in fields]
    conflict = ", ".join(columns[: len(key)])
    updates = ", ".join(f"{column} = {table}.{column} + EXCLUDED.{column}" for column in columns[len(key) :])
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))}) "
        f"ON CONFLICT ({conflict}) DO UPDATE SET {updates}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
