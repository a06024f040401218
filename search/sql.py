"""The SQL behind a search: one statement for the total, every facet count and the page of results.

A common table expression reads the candidate set once: live, public library pages of one locale
(and one type for a section index) whose index entry matches the text, with their relevance and
one boolean column per selected facet. Each facet is then counted with the filters of the *other*
facets only, so a value's count is the number of results the reader gets by choosing it (values
combine with OR inside a facet, AND across facets); the last arm returns the ids of the page shown.
"""

import functools
import hashlib

from django.core.cache import cache
from django.db import connection
from wagtail.models import Page, PageViewRestriction
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


def _in(column, values):
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


def _join(parts, separator=" ", wrap=False):
    sql = separator.join(f"({part[0]})" if wrap else part[0] for part in parts)
    return sql, [param for part in parts for param in part[1]]


# How long a normalised text is kept; the text search configurations only change with a migration.
TSQUERY_CACHE_SECONDS = 24 * 60 * 60


def _case(condition):
    return f"CASE WHEN {condition[0]} THEN 1 ELSE 0 END", condition[1]


class PostgresText:
    """Full-text match on Wagtail's index with the language's text search configuration.

    Every way of saying each idea is normalised by PostgreSQL once (one query), duplicates
    ("recruter", "recrutement": 'recrut') are dropped, and the remaining lexemes are sent as
    tsquery literals. Title and body are matched separately, so PostgreSQL can use the GIN index
    of each column for rare words.
    """

    fence = " OFFSET 0"

    def __init__(self, parsed, config):
        self.parsed = parsed
        self.config = config
        texts = {alt.replace("-", " ") for group in parsed.groups for alt in group.alternatives}
        normalised = self.normalise(sorted(texts))
        self.groups = []
        for group in parsed.groups:
            queries = [normalised.get(alt.replace("-", " ")) for alt in group.alternatives]
            queries = list(dict.fromkeys(query for query in queries if query))
            typed = normalised.get(group.alternatives[0].replace("-", " "))
            if queries:
                self.groups.append((" | ".join(f"( {query} )" for query in queries), typed))

    def normalise(self, texts):
        """{text: tsquery as text}, '' for words the configuration ignores.

        Texts already normalised come from the cache (they only depend on the configuration);
        the others take one query together.
        """
        keys = {text: self._cache_key(text) for text in texts}
        found = cache.get_many(keys.values())
        normalised = {text: found[key] for text, key in keys.items() if key in found}
        missing = [text for text in texts if text not in normalised]
        if missing:
            function = "phraseto_tsquery(t.text)"
            if self.config:
                function = "phraseto_tsquery(%s::regconfig, t.text)"
            params = ([self.config] if self.config else []) + [missing]
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT t.text, CAST({function} AS TEXT) FROM unnest(%s::text[]) AS t(text)", params
                )
                computed = dict(cursor.fetchall())
            cache.set_many({keys[text]: value for text, value in computed.items()}, TSQUERY_CACHE_SECONDS)
            normalised.update(computed)
        return normalised

    def _cache_key(self, text):
        digest = hashlib.sha256(text.encode()).hexdigest()[:32]
        return f"tsquery:{self.config or 'default'}:{digest}"

    @property
    def is_empty(self):
        return not self.groups

    @staticmethod
    def _match(query):
        return "(ie.title @@ %s::tsquery OR ie.body @@ %s::tsquery)", [query, query]

    def where(self):
        return self._match(" | ".join(f"( {query} )" for query, _typed in self.groups))

    def score_columns(self):
        """What orders the results, best first.

        One idea: the rank of the words as typed, in the title and the body. Several ideas: how
        many of them the page has (all first), then the words as typed in the title. Ranking
        every body a second time would double the cost of a common query on a large library.
        """
        typed = " | ".join(f"( {typed} )" for _query, typed in self.groups if typed)
        if len(self.groups) == 1:
            if not typed:
                return []
            return [
                (
                    "rnk",
                    ("ts_rank(ie.title, %s::tsquery, 1) + ts_rank(ie.body, %s::tsquery, 1)", [typed, typed]),
                )
            ]
        columns = [("grp", _join([_case(self._match(query)) for query, _typed in self.groups], " + "))]
        if typed:
            columns.append(("rnk", ("ts_rank(ie.title, %s::tsquery, 1)", [typed])))
        return columns


class PortableText:
    """Word match on the index's plain text, for SQLite: no stemming, no accent folding."""

    fence = ""

    def __init__(self, parsed):
        self.parsed = parsed
        self.is_empty = not parsed.groups

    def group_match(self, group, columns=("ie.title", "ie.body")):
        alternatives = []
        for alternative in group.alternatives:
            words = [w for w in alternative.lower().replace("-", " ").replace("'", " ").split() if len(w) > 1]
            conditions = []
            for word in words or [alternative.lower()]:
                ors = " OR ".join(f"{column} LIKE %s" for column in columns)
                conditions.append((f"({ors})", [f"%{word}%"] * len(columns)))
            alternatives.append(_join(conditions, " AND ", wrap=True))
        return _join(alternatives, " OR ", wrap=True)

    def where(self):
        return _join([self.group_match(group) for group in self.parsed.groups], " OR ", wrap=True)

    def score_columns(self):
        found = _join([_case(self.group_match(group)) for group in self.parsed.groups], " + ")
        in_title = _join(
            [_case(self.group_match(group, ("ie.title",))) for group in self.parsed.groups], " + "
        )
        return [("grp", found), ("rnk", in_title)]


class SearchSQL:
    """SQL for one search state. `selections` maps facet keys to database values."""

    def __init__(self, *, locale_id, scope, text=None, selections=None, exclude_ids=()):
        self.locale_id = locale_id
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
        self.score_names = []
        entries = None
        if self.text is not None:
            scores = self.text.score_columns() if ranked else []
            self.score_names = [name for name, _sql in scores]
            columns += [(f", e.{name} AS {name}", []) for name in self.score_names]
            score_sql, score_params = _join(
                [(f", {sql} AS {name}", params) for name, (sql, params) in scores]
            )
            if "grp" in self.score_names:
                # Every group is checked for the ranking anyway: "at least one" is the match.
                match_sql, match_params, found = "", [], "AND e.grp > 0 "
            else:
                match_sql, match_params = self.text.where()
                match_sql, found = f" WHERE {match_sql}", ""
            entries = (
                f"JOIN (SELECT ie.content_type_id, ie.object_id{score_sql} FROM {ENTRY} ie"
                f"{match_sql}{self.text.fence}) e ON e.content_type_id = p.content_type_id "
                f"{found}AND e.object_id = CAST(p.id AS TEXT)",
                score_params + match_params,
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

    def results_arm(self, order, limit, offset):
        order_by = [f"{name} DESC" for name in self.score_names] if order == "pertinence" else []
        order_by = ", ".join(order_by + ["pdate DESC", "id DESC"])
        return (
            f"SELECT 'result', CAST(id AS TEXT), position FROM (SELECT id, "
            f"ROW_NUMBER() OVER (ORDER BY {order_by}) AS position FROM base WHERE {self._where()} "
            f"ORDER BY {order_by} LIMIT %s OFFSET %s) page_rows",
            [limit, offset],
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
        arms.append(self.results_arm(order, limit, offset))
        union_sql, union_params = _join(arms, " UNION ALL ")
        return f"WITH base AS ({base_sql}) {union_sql}", base_params + union_params

    def run(self, order, limit, offset, with_counts=True):
        """({facet: {value or term id: count}}, total, [page ids in order])."""
        sql, params = self.query(order, limit, offset, with_counts)
        facets, total, ids = {}, 0, []
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        for facet, value, count in rows:
            if facet == "total":
                total = count
            elif facet == "result":
                ids.append((count, int(value)))
            else:
                facets.setdefault(facet, {})[value] = count
        return facets, total, [page_id for _position, page_id in sorted(ids)]
