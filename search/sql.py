"""The SQL behind a search: one query for every facet count and the total, one for the page.

Both share the same candidate set: live, public library pages of one locale (and one type for a
section index) whose index entry matches the text. Facet filters become boolean columns of the
candidate set, so each facet is counted with the filters of the *other* facets only: a value's
count is the number of results the reader gets by choosing it (values OR inside a facet).
"""

from django.db import connection
from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry

from resources.models import TAXONOMY_FIELDS, LibraryPage
from search.vocabulary import canonical_key

PAGE = Page._meta.db_table
LIBRARY = LibraryPage._meta.db_table
RESTRICTION = PageViewRestriction._meta.db_table
ENTRY = IndexEntry._meta.db_table


def _m2m(field_name):
    field = LibraryPage._meta.get_field(field_name)
    through = field.remote_field.through._meta
    term = field.related_model._meta
    return through.db_table, field.m2m_column_name(), field.m2m_reverse_name(), term.db_table


# facet key -> (through table, page column, term column, term table)
M2M_FACETS = {model.facet_key: _m2m(field_name) for field_name, model in TAXONOMY_FIELDS.items()}


def _in(column, values):
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


def _join(parts):
    sql = " ".join(part[0] for part in parts)
    params = [param for part in parts for param in part[1]]
    return sql, params


class PostgresText:
    """Full-text match on Wagtail's index with the language's text search configuration."""

    def __init__(self, parsed, config):
        self.parsed = parsed
        self.config = config

    def _tsquery(self, function, text):
        if self.config:
            return f"{function}(%s::regconfig, %s)", [self.config, text]
        return f"{function}(%s)", [text]

    def group_query(self, group):
        return _join_with(" || ", [self._tsquery("phraseto_tsquery", alt) for alt in group.alternatives])

    def full_query(self):
        return _join_with(" || ", [self.group_query(group) for group in self.parsed.groups])

    def literal_query(self):
        """The words as typed (each synonym term as a phrase), to rank exact wording first."""
        return _join_with(
            " || ", [self._tsquery("phraseto_tsquery", group.alternatives[0]) for group in self.parsed.groups]
        )

    def where(self):
        sql, params = self.full_query()
        return f"(ie.title || ie.body) @@ ({sql})", params

    def ranked_ids(self, from_where, order_tail, limit, offset):
        """Pages with every group first, then by weighted rank (typed words count twice)."""
        vec = "s.vec"
        matched = [
            (f"(CASE WHEN {vec} @@ ({sql}) THEN 1 ELSE 0 END)", params)
            for sql, params in (self.group_query(group) for group in self.parsed.groups)
        ]
        matched_sql, matched_params = _join_with(" + ", matched)
        full_sql, full_params = self.full_query()
        literal_sql, literal_params = self.literal_query()
        inner_sql, inner_params = from_where
        sql = (
            f"SELECT s.id FROM (SELECT p.id AS id, lp.publication_date AS pdate, "
            f"(ie.title || ie.body) AS vec {inner_sql} OFFSET 0) s "
            f"ORDER BY ({matched_sql}) DESC, "
            f"(ts_rank({vec}, ({full_sql}), 1) + 2 * ts_rank({vec}, ({literal_sql}), 1)) DESC, "
            f"{order_tail} LIMIT %s OFFSET %s"
        )
        params = inner_params + matched_params + full_params + literal_params + [limit, offset]
        return sql, params


class PortableText:
    """Word match on the index's plain text, for SQLite: no stemming, no accent folding."""

    def __init__(self, parsed):
        self.parsed = parsed

    def group_match(self, group, columns=("ie.title", "ie.body")):
        alternatives = []
        for alternative in group.alternatives:
            words = [
                word
                for word in alternative.lower().replace("-", " ").replace("'", " ").split()
                if len(word) > 1
            ] or [alternative.lower()]
            conditions = []
            for word in words:
                ors = " OR ".join(f"{column} LIKE %s" for column in columns)
                conditions.append((f"({ors})", [f"%{word}%"] * len(columns)))
            alternatives.append(_join_with(" AND ", conditions, wrap=True))
        return _join_with(" OR ", alternatives, wrap=True)

    def where(self):
        return _join_with(" OR ", [self.group_match(group) for group in self.parsed.groups], wrap=True)

    def ranked_ids(self, from_where, order_tail, limit, offset):
        body = ("s.title", "s.body")
        matched = _join_with(" + ", [self._case(self.group_match(g, body)) for g in self.parsed.groups])
        in_title = _join_with(
            " + ", [self._case(self.group_match(g, ("s.title",))) for g in self.parsed.groups]
        )
        inner_sql, inner_params = from_where
        sql = (
            "SELECT s.id FROM (SELECT p.id AS id, lp.publication_date AS pdate, ie.title AS title, "
            f"ie.body AS body {inner_sql}) s ORDER BY ({matched[0]}) DESC, ({in_title[0]}) DESC, "
            f"{order_tail} LIMIT %s OFFSET %s"
        )
        return sql, inner_params + matched[1] + in_title[1] + [limit, offset]

    @staticmethod
    def _case(condition):
        return f"(CASE WHEN {condition[0]} THEN 1 ELSE 0 END)", condition[1]


def _join_with(separator, parts, wrap=False):
    sql = separator.join(f"({part[0]})" if wrap else part[0] for part in parts)
    return sql, [param for part in parts for param in part[1]]


class SearchSQL:
    """SQL for one search state. `selections` maps facet keys to database values."""

    def __init__(self, *, locale_id, scope, text=None, selections=None, exclude_ids=()):
        self.locale_id = locale_id
        self.scope = scope
        self.text = text
        self.selections = {key: values for key, values in (selections or {}).items() if values}
        self.exclude_ids = list(exclude_ids)

    # -- pieces -------------------------------------------------------------------------------

    def year_sql(self, column="lp.publication_date"):
        sql, params = connection.ops.date_extract_sql("year", column, [])
        return sql, list(params)

    def flag(self, facet):
        values = self.selections[facet]
        if facet == "type":
            return _in("lp.resource_type", values)
        if facet == "annee":
            year_sql, year_params = self.year_sql()
            sql, params = _in(year_sql, values)
            return sql, year_params + params
        through, page_column, term_column, term_table = M2M_FACETS[facet]
        key_sql, key_params = _in("t.translation_key", values)
        return (
            f"EXISTS (SELECT 1 FROM {through} m JOIN {term_table} t ON t.id = m.{term_column} "
            f"WHERE m.{page_column} = p.id AND {key_sql})",
            key_params,
        )

    def from_where(self, with_flags=True):
        parts = [(f"FROM {LIBRARY} lp JOIN {PAGE} p ON p.id = lp.page_ptr_id", [])]
        if self.text is not None:
            parts.append(
                (
                    f"JOIN {ENTRY} ie ON ie.content_type_id = p.content_type_id "
                    "AND ie.object_id = CAST(p.id AS TEXT)",
                    [],
                )
            )
        parts.append(("WHERE p.live = %s AND p.locale_id = %s", [True, self.locale_id]))
        if self.scope:
            parts.append(("AND lp.resource_type = %s", [self.scope]))
        parts.append(
            (
                f"AND NOT EXISTS (SELECT 1 FROM {RESTRICTION} r JOIN {PAGE} rp ON rp.id = r.page_id "
                "WHERE p.path LIKE rp.path || '%%')",
                [],
            )
        )
        if self.exclude_ids:
            sql, params = _in("p.id", self.exclude_ids)
            parts.append((f"AND NOT {sql}", params))
        if self.text is not None:
            sql, params = self.text.where()
            parts.append((f"AND ({sql})", params))
        if with_flags:
            for facet in self.selections:
                sql, params = self.flag(facet)
                parts.append((f"AND {sql}", params))
        return _join(parts)

    # -- queries ------------------------------------------------------------------------------

    def counts_query(self):
        year_sql, year_params = self.year_sql()
        columns = [(f"p.id AS id, lp.resource_type AS rtype, {year_sql} AS yr", year_params)]
        for facet in self.selections:
            sql, params = self.flag(facet)
            columns.append((f", CASE WHEN {sql} THEN 1 ELSE 0 END AS f_{facet}", params))
        from_sql, from_params = self.from_where(with_flags=False)
        base = _join([("WITH base AS (SELECT", []), *columns, (from_sql + ")", from_params)])
        flags = {key: f"f_{key} = 1" for key in self.selections}

        def where(facet):
            kept = [condition for key, condition in flags.items() if key != facet]
            return " AND ".join(kept) if kept else "1 = 1"

        arms = [
            f"SELECT 'total' AS facet, '' AS value, COUNT(*) AS n FROM base WHERE {where(None)}",
            f"SELECT 'type', rtype, COUNT(*) FROM base WHERE {where('type')} GROUP BY rtype",
            f"SELECT 'annee', CAST(yr AS TEXT), COUNT(*) FROM base WHERE {where('annee')} GROUP BY yr",
        ]
        for facet, (through, page_column, term_column, term_table) in M2M_FACETS.items():
            arms.append(
                f"SELECT '{facet}', CAST(t.translation_key AS TEXT), COUNT(DISTINCT b.id) FROM base b "
                f"JOIN {through} m ON m.{page_column} = b.id JOIN {term_table} t ON t.id = m.{term_column} "
                f"WHERE {where(facet)} GROUP BY t.translation_key"
            )
        return base[0] + " " + " UNION ALL ".join(arms), base[1]

    def result_ids_query(self, order, limit, offset):
        order_tail = "s.pdate DESC, s.id DESC"
        from_where = self.from_where()
        if order == "pertinence" and self.text is not None:
            return self.text.ranked_ids(from_where, order_tail, limit, offset)
        sql, params = from_where
        return (
            f"SELECT p.id {sql} ORDER BY lp.publication_date DESC, p.id DESC LIMIT %s OFFSET %s",
            params + [limit, offset],
        )

    # -- running ------------------------------------------------------------------------------

    def counts(self):
        """({facet: {value: count}}, total) in one query."""
        sql, params = self.counts_query()
        facets, total = {}, 0
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for facet, value, count in cursor.fetchall():
                if facet == "total":
                    total = count
                else:
                    facets.setdefault(facet, {})[canonical_key(value)] = count
        return facets, total

    def result_ids(self, order, limit, offset):
        sql, params = self.result_ids_query(order, limit, offset)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]
