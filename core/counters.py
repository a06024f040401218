"""Aggregate counters (downloads, searches): one row per key, incremented in a single statement."""

from django.db import connection

# Rows per INSERT statement when many counters are added at once (well under PostgreSQL's and
# SQLite's limits on bound parameters).
BATCH_SIZE = 500


def add_to_counters(model, key, amounts):
    """Adds `amounts` ({field name: number}) to the row of `model` that `key` ({field name: value})
    identifies, or creates that row with these amounts.

    One INSERT … ON CONFLICT DO UPDATE (PostgreSQL, SQLite 3.24+): concurrent requests neither lose
    a count nor trip over each other. A unique constraint of `model` must cover exactly the fields
    of `key`.
    """
    add_to_many_counters(model, [(key, amounts)])


def add_to_many_counters(model, rows):
    """`add_to_counters` for many rows, `rows` being (key, amounts) pairs that all name the same
    fields: one statement per BATCH_SIZE rows. Two pairs with the same key are added together."""
    merged = {}
    for key, amounts in rows:
        identity = tuple(key.items())
        total = merged.setdefault(identity, dict.fromkeys(amounts, 0))
        for name, amount in amounts.items():
            total[name] += amount
    items = list(merged.items())
    for start in range(0, len(items), BATCH_SIZE):
        _upsert(model, items[start : start + BATCH_SIZE])


def _upsert(model, items):
    meta = model._meta
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    key_names = [name for name, _value in items[0][0]]
    amount_names = list(items[0][1])
    fields = [meta.get_field(name) for name in key_names + amount_names]
    columns = [quote(field.column) for field in fields]
    params = []
    for identity, amounts in items:
        values = [value for _name, value in identity] + [amounts[name] for name in amount_names]
        pairs = zip(fields, values, strict=True)
        params.extend(field.get_db_prep_save(value, connection) for field, value in pairs)
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    conflict = ", ".join(columns[: len(key_names)])
    updates = ", ".join(
        f"{column} = {table}.{column} + EXCLUDED.{column}" for column in columns[len(key_names) :]
    )
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([placeholders] * len(items))} "
        f"ON CONFLICT ({conflict}) DO UPDATE SET {updates}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
