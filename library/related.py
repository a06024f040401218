"""Related pages ranked by the number of taxonomy terms they share with a page, in one query.

Joining the four link tables in one query multiplies their rows: a page classified under one
shared theme and five audiences would count five times. Here each link table gives the
(page, term) pairs of the shared terms once, the pairs of all vocabularies are stacked with
UNION ALL, and a page's rank is the number of its pairs: its shared terms. Terms match by
translation_key, so a term of another language counts as the same term.
"""

from django.db import connections
from django.db.models import F


def _shared_pairs(model, keys_by_field):
    """One SELECT per vocabulary: (page, term) for each page classified under one of the keys."""
    parts = []
    for field_name, keys in keys_by_field.items():
        if not keys:
            continue
        field = model._meta.get_field(field_name)
        through = field.remote_field.through
        page_field, term_field = field.m2m_field_name(), field.m2m_reverse_field_name()
        pairs = (
            through.objects.filter(**{f"{term_field}__translation_key__in": keys})
            .order_by()
            .values(page=F(page_field), term=F(f"{term_field}__translation_key"))
            .distinct()
        )
        parts.append(pairs.query.sql_with_params())
    return parts


def ranked_by_shared_terms(candidates, keys_by_field, limit):
    """The ids of the `candidates` (a queryset of library pages) sharing at least one term with
    `keys_by_field` ({field name: [translation keys]}), most shared terms first, then the most
    recent, then by title and id (a stable order)."""
    parts = _shared_pairs(candidates.model, keys_by_field)
    if not parts:
        return []
    allowed_sql, allowed_params = (
        candidates.order_by().values("publication_date", "title", candidate=F("pk")).query.sql_with_params()
    )
    sql = (
        f"SELECT allowed.candidate FROM ({' UNION ALL '.join(sql for sql, _ in parts)}) shared "
        f"INNER JOIN ({allowed_sql}) allowed ON allowed.candidate = shared.page "
        "GROUP BY allowed.candidate, allowed.publication_date, allowed.title "
        "ORDER BY COUNT(*) DESC, allowed.publication_date DESC, allowed.title, allowed.candidate "
        "LIMIT %s"
    )
    params = [param for _, part_params in parts for param in part_params]
    with connections[candidates.db].cursor() as cursor:
        cursor.execute(sql, [*params, *allowed_params, limit])
        return [row[0] for row in cursor.fetchall()]
