"""The SQL behind a search: one statement for the total, every facet count and the page of results.

A common table expression reads the candidate set once: live, public library pages of one locale
(and one type for a section index) whose index entry matches the text, with their relevance and
one boolean column per selected facet. Each facet is then counted with the filters of the *other*
facets only, so a value's count is the number of results the reader gets by choosing it (values
combine with OR inside a facet, AND across facets); the last arm returns the ids of the page shown.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.search.models import IndexEntry

from library.models import LibraryPage
from taxonomy.models import TAXONOMY_FIELDS

PAGE = Page._meta.db_table
LIBRARY = LibraryPage._meta.db_table
RESTRICTION = PageViewRestriction._meta.db_table
ENTRY = IndexEntry._meta.db_table


def _m2m(field_name):
    field = LibraryPage._meta.get_field(field_name)
    through = field.remote_field.through._meta
    term = field.related_model._meta
    return through.db_table, field.m2m_column_name(), field.m2m_reverse_name(), term.db_table


@functools.cache
def m2m_facets():
    """{facet key: (through table, page column, term column, term table)}, read from the models
    once they are all loaded (the index page's module imports this one while they load)."""
    return {model.facet_key: _m2m(field_name) for field_name, model in TAXONOMY_FIELDS.items()}


def unrestricted(page="p"):
    """SQL condition: the page aliased `page` is under no view restriction, its own or an ancestor's.

    For statements run with parameters (the `%%` is a literal `%`).
    """
    return (
        f"NOT EXISTS (SELECT 1 FROM {RESTRICTION} r JOIN {PAGE} rp ON rp.id = r.page_id "
        f"WHERE {page}.path LIKE rp.path || '%%')"
    )


def library_content_type_ids():
    """The content types of the library's pages, whose index entries a search reads (Django's
    content type cache answers after the first call)."""
    models = [model for model in get_page_models() if issubclass(model, LibraryPage)]
    found = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    return sorted(content_type.pk for content_type in found.values())


def _in(column, values):
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


def _join(parts, separator=" ", wrap=False):
    sql = separator.join(f"({part[0]})" if wrap else part[0] for part in parts)
    return sql, [param for part in parts for param in part[1]]


def terms_text_sql():
    """SQLite: the names of the taxonomy terms of a library page (aliased lp), as text (PostgreSQL
    reads the same from their weight in its index)."""
    parts = []
    for through, page_column, term_column, term_table in m2m_facets().values():
        parts.append(
            f"COALESCE((SELECT group_concat(t.name, ' ') FROM {through} m JOIN {term_table} t "
            f"ON t.id = m.{term_column} WHERE m.{page_column} = lp.page_ptr_id), '')"
        )
    return " || ' ' || ".join(parts)


class SearchSQL:
    """SQL for one search state. `selections` maps facet keys to database values."""

    def __init__(self, *, locale_id, scope, text=None, selections=None, exclude_ids=(), library_size=0):
        self.locale_id = locale_id
        # The N of the rarity weights: the live pages of the scope (search.vocabulary counts them).
        self.library_size = library_size
        self.scope = scope
        self.text = text
        self.selections = {key: values for key, values in (selections or {}).items() if values}
        self.exclude_ids = list(exclude_ids)

    def year_sql(self):
        sql, params = connection.ops.date_extract_sql("year", "lp.publication_date", [])
        return sql, list(params)

    def flag(self, facet):
        values = self.selections[facet]
        if facet == "type":
            return _in("lp.resource_type", values)
        if facet == "annee":
            year_sql, year_params = self.year_sql()
            sql, params = _in(year_sql, values)
            return sql, year_params + params
        through, page_column, term_column, term_table = m2m_facets()[facet]
        key_sql, key_params = _in("t.translation_key", values)
        return (
            f"p.id IN (SELECT m.{page_column} FROM {through} m JOIN {term_table} t "
            f"ON t.id = m.{term_column} WHERE {key_sql})",
            key_params,
        )

    def base(self, ranked):
        """The candidate set, one row per matching page, with its facet flags and scores.

        The text is matched and scored in a subquery over the index table alone, so the wide
        vectors never travel through the joins (the "fence" keeps PostgreSQL from merging it).
        """
        year_sql, year_params = self.year_sql()
        columns = [
            (
                f"p.id AS id, lp.resource_type AS rtype, {year_sql} AS yr, lp.publication_date AS pdate",
                year_params,
            )
        ]
        self.level_names = []
        entries = None
        if self.text is not None:
            levels = self.text.levels() if ranked else []
            self.level_names = [name for name, _sql in levels]
            level_sql, level_params = _join(
                [(f", {sql} AS {name}", params) for name, (sql, params) in levels]
            )
            source_sql, source_params = self.text.entries()
            entries = (
                f"JOIN (SELECT {self.text.page_id} AS page_id{level_sql} {source_sql}{self.text.fence}) e "
                "ON e.page_id = p.id",
                level_params + source_params,
            )
            for name in self.level_names:
                columns.append((f", e.{name} AS {name}", []))
                if name[0] == "g":
                    # The idea's document frequency among the candidates: every page that has it.
                    columns.append(
                        (f", SUM(CASE WHEN e.{name} > 0 THEN 1 ELSE 0 END) OVER () AS d{name}", [])
                    )
        for facet in self.selections:
            sql, params = self.flag(facet)
            columns.append((f", CASE WHEN {sql} THEN 1 ELSE 0 END AS f_{facet}", params))
        parts = [("SELECT", []), *columns, (f"FROM {LIBRARY} lp JOIN {PAGE} p ON p.id = lp.page_ptr_id", [])]
        if entries:
            parts.append(entries)
        parts.append(("WHERE p.live = %s AND p.locale_id = %s", [True, self.locale_id]))
        if self.scope:
            parts.append(("AND lp.resource_type = %s", [self.scope]))
        parts.append((f"AND {unrestricted()}", []))
        if self.exclude_ids:
            sql, params = _in("p.id", self.exclude_ids)
            parts.append((f"AND NOT {sql}", params))
        return _join(parts)

    def _where(self, facet=None):
        kept = [f"f_{key} = 1" for key in self.selections if key != facet]
        return " AND ".join(kept) if kept else "1 = 1"

    def ranked_rows(self):
        """The filtered candidates with `cov` (how many ideas they have) and `score` (the levels,
        each weighed by its idea's rarity: ln((N + 1) / (df + 0.5)), near 0 for a word in every page)."""
        ln = "LN" if connection.vendor == "postgresql" else "pap_ln"
        ideas = [name for name in self.level_names if name[0] == "g"]
        cov = " + ".join(f"CASE WHEN {name} > 0 THEN 1 ELSE 0 END" for name in ideas)
        # In floating point: LN of a NUMERIC, on every row, cost more than the rest of the ranking.
        score = " + ".join(
            f"{name} * {ln}((CAST(n AS DOUBLE PRECISION) + 1) / (CAST(d{name} AS DOUBLE PRECISION) + 0.5))"
            for name in ideas
        )
        extra = ", ".join(
            f"{name if name in self.level_names else '0'} AS {name}" for name in ("ph", "ty", "tn")
        )
        return (
            f"SELECT id, pdate, {cov} AS cov, {score} AS score, {extra} "
            f"FROM (SELECT b.*, %s AS n FROM base b WHERE {self._where()}) s",
            [self.library_size],
        )

    def results_arm(self, order, limit, offset):
        if order == "pertinence" and self.level_names:
            rows_sql, params = self.ranked_rows()
            order_by = "cov DESC, score DESC, ph DESC, ty DESC, tn DESC, pdate DESC, id DESC"
        else:
            rows_sql, params = f"SELECT id, pdate FROM base WHERE {self._where()}", []
            order_by = "pdate DESC, id DESC"
        # The page's rows first (a top-N sort), then numbered among themselves: numbering every
        # candidate would sort them all.
        return (
            f"SELECT 'result', CAST(id AS TEXT), ROW_NUMBER() OVER (ORDER BY {order_by}) FROM "
            f"(SELECT * FROM ({rows_sql}) r ORDER BY {order_by} LIMIT %s OFFSET %s) page_rows",
            [*params, limit, offset],
        )

    def query(self, order, limit, offset, with_counts=True):
        ranked = order == "pertinence" and self.text is not None
        base_sql, base_params = self.base(ranked)
        arms = []
        if with_counts:
            arms += [
                (f"SELECT 'total', '', COUNT(*) FROM base WHERE {self._where()}", []),
                (f"SELECT 'type', rtype, COUNT(*) FROM base WHERE {self._where('type')} GROUP BY rtype", []),
                (
                    f"SELECT 'annee', CAST(yr AS TEXT), COUNT(*) FROM base WHERE {self._where('annee')} "
                    "GROUP BY yr",
                    [],
                ),
            ]
            for facet, (through, page_column, term_column, _term_table) in m2m_facets().items():
                arms.append(
                    (
                        f"SELECT '{facet}', CAST(m.{term_column} AS TEXT), COUNT(*) FROM base b "
                        f"JOIN {through} m ON m.{page_column} = b.id WHERE {self._where(facet)} "
                        f"GROUP BY m.{term_column}",
                        [],
                    )
                )
            # How many candidates have each idea: 0 says a word of the query matched nothing (a typo?).
            for name in self.level_names:
                if name[0] == "g":
                    arms.append(
                        (
                            f"SELECT 'idea', '{name}', SUM(CASE WHEN {name} > 0 THEN 1 ELSE 0 END) FROM base",
                            [],
                        )
                    )
        arms.append(self.results_arm(order, limit, offset))
        union_sql, union_params = _join(arms, " UNION ALL ")
        return f"WITH base AS ({base_sql}) {union_sql}", base_params + union_params

    def run(self, order, limit, offset, with_counts=True):
        """({facet: {value or term id: count}}, total, [page ids in order]). With the counts of a
        ranked search, `idea_counts` then holds the number of candidates having each idea."""
        sql, params = self.query(order, limit, offset, with_counts)
        facets, total, ids = {}, 0, []
        self.idea_counts = {}
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        for facet, value, count in rows:
            if facet == "total":
                total = count
            elif facet == "result":
                ids.append((count, int(value)))
            elif facet == "idea":
                self.idea_counts[value] = count or 0
            else:
                facets.setdefault(facet, {})[value] = count
        return facets, total, [page_id for _position, page_id in sorted(ids)]
