"""How a page matches each idea of a query, the same way on PostgreSQL and on SQLite.

For every idea (a word, or a synonym group with all its names) the index entry gets a level:

- 4 when one of the idea's names is in the title (all its words),
- 2 when it is in the summary, 2 more when it is in the names of the page's taxonomy terms
  (a page whose "type de poste" is médiateur·rice de santé pair is about MSP),
- 1 when its words are anywhere in the indexed text.

The levels add up (title, summary, terms and body: 9). `search.library_query` then weighs each idea
by its rarity among the candidates (a document frequency counted for each search, so always up to
date): a word found in most pages ("pair", "travail") decides little, an abbreviation found in a few
decides much. Pages with every idea come first, then the best score; ties go to the closest phrase
(the query in order, in the title or the summary), then to the query's words as typed (not a
synonym) in the title, summary or terms (on SQLite, the body too), then to the shorter title.

Each text class answers `matches()` (search.matching). PostgreSQL reads Wagtail's tsvectors (the
summary and the terms are indexed with boosts, so their lexemes carry their own weights): which
pages have an idea in their text, title, summary or terms are arrays of page ids read from GIN
indexes, so a word in every page costs no test of every page's large body vector. SQLite reads the
plain text through two functions registered on each connection (`register_sqlite_functions`):
folded words, and a phrase test.
"""

import functools
import hashlib
import math
import re

from django.core.cache import cache
from django.db import connection

from search.matching import from_field_sets, from_level_rows
from search.sql import ENTRY, library_content_type_ids
from search.text import STOPWORDS, light_stem, words

TITLE, SUMMARY, TERMS, BODY = 4, 2, 2, 1
# How long a normalised text is kept; the text search configurations only change with a migration.
TSQUERY_CACHE_SECONDS = 24 * 60 * 60


def _join(parts, separator):
    return separator.join(sql for sql, _params in parts), [
        param for _sql, params in parts for param in params
    ]


def _level(conditions):
    """SQL adding each (condition, points) when it holds."""
    parts = [(f"CASE WHEN {sql} THEN {points} ELSE 0 END", params) for (sql, params), points in conditions]
    sql, params = _join(parts, " + ")
    return f"({sql})", params


def phrase_text(parsed):
    """The query as typed, for the phrase bonus: only worth it with several ideas."""
    return parsed.text if len(parsed.groups) > 1 else ""


def needs_typed(parsed):
    """The words-as-typed tie-break only differs from the ideas' own levels with a synonym or
    several ideas: one plain word would be tested twice."""
    return len(parsed.groups) > 1 or any(group.is_synonym for group in parsed.groups)


# Functions of search/migrations/0009_page_set_functions.py, each reading a GIN index: the ids of
# the library's pages whose text (title and body), title, summary or taxonomy terms (the body's
# lexemes of the weights of library.models' SUMMARY_BOOST and TERMS_BOOST) match a query.
PAGE_SET_FUNCTIONS = {
    "text": "search_pages_in_text",
    "title": "search_pages_in_title",
    "summary": "search_pages_in_summary",
    "terms": "search_pages_in_terms",
}
POINTS = {"title": TITLE, "summary": SUMMARY, "terms": TERMS}


class PostgresText:
    """Matches on Wagtail's index with the language's text search configuration.

    Each name of an idea is normalised by PostgreSQL once (one query, then cached): all its lexemes
    (`plainto_tsquery`), the same restricted to the boosted weights for the "about" level, and the
    whole query as a phrase (`phraseto_tsquery`).
    """

    def __init__(self, parsed, config):
        self.parsed = parsed
        self.config = config
        phrase = phrase_text(parsed)
        texts = {alt.replace("-", " ") for group in parsed.groups for alt in group.alternatives}
        typed = parsed.text.replace("-", " ")
        normalised = self.normalise(sorted(texts | {typed} | ({phrase} if phrase else set())))
        self.groups = []
        for group in parsed.groups:
            queries = [normalised.get(alt.replace("-", " "), ("", ""))[0] for alt in group.alternatives]
            queries = list(dict.fromkeys(query for query in queries if query))
            if queries:
                self.groups.append(" | ".join(f"( {query} )" for query in queries))
        self.phrase = normalised.get(phrase, ("", ""))[1] if phrase else ""
        if "<" not in self.phrase:  # one lexeme left: no phrase to reward
            self.phrase = ""
        self.typed = normalised.get(typed, ("", ""))[0] if needs_typed(parsed) else ""

    def normalise(self, texts):
        """{text: (all lexemes, phrase)} as tsquery texts, '' for words the configuration ignores."""
        keys = {text: self._cache_key(text) for text in texts}
        found = cache.get_many(keys.values())
        normalised = {text: tuple(found[key]) for text, key in keys.items() if key in found}
        missing = [text for text in texts if text not in normalised]
        if missing:
            config = "%s::regconfig, " if self.config else ""
            params = [self.config, self.config] if self.config else []
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT t.text, CAST(plainto_tsquery({config}t.text) AS TEXT), "
                    f"CAST(phraseto_tsquery({config}t.text) AS TEXT) FROM unnest(%s::text[]) AS t(text)",
                    [*params, missing],
                )
                computed = {text: (lexemes, phrase) for text, lexemes, phrase in cursor.fetchall()}
            cache.set_many({keys[text]: value for text, value in computed.items()}, TSQUERY_CACHE_SECONDS)
            normalised.update(computed)
        return normalised

    def _cache_key(self, text):
        digest = hashlib.sha256(text.encode()).hexdigest()[:32]
        return f"tsquery-pair:{self.config or 'default'}:{digest}"

    @property
    def is_empty(self):
        return not self.groups

    def matches(self):
        """search.matching.Matches: for each idea, the phrase and the typed words, the pages of
        each field, in one statement (one array of page ids per idea and field)."""
        wanted = [
            (f"g{index}", field, query)
            for index, query in enumerate(self.groups)
            for field in PAGE_SET_FUNCTIONS
        ]
        if self.phrase:
            wanted += [("ph", "title", self.phrase), ("ph", "summary", self.phrase)]
        if self.typed:
            wanted += [("ty", field, self.typed) for field in POINTS]
        types = library_content_type_ids()
        arms = [
            (
                f"SELECT '{name}', '{field}', {PAGE_SET_FUNCTIONS[field]}(%s::tsquery, %s::integer[])",
                [query, types],
            )
            for name, field, query in wanted
        ]
        sql, params = _join(arms, " UNION ALL ")
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        sets = {}
        for name, field, ids in rows:
            sets.setdefault(name, {})[field] = ids
        ideas = [sets.get(f"g{index}", {}) for index in range(len(self.groups))]
        return from_field_sets(ideas, sets.get("ph"), sets.get("ty"), POINTS)


def folded_words(text):
    """' word word … ': folded words between spaces, so LIKE '% prefix%' finds a word's start."""
    return f" {' '.join(words(text or ''))} "


@functools.lru_cache(maxsize=1024)
def _folded(text):
    return folded_words(text)


@functools.lru_cache(maxsize=256)
def _phrase_pattern(phrase):
    parts = [re.escape(word) + r"\w*" for word in phrase.split()]
    return re.compile(r" " + r"(?: \w+)? ".join(parts) + r"\b")


def _sqlite_phrase(text, phrase):
    """1 when the words of `phrase` follow each other in `text`, one small word apart at most."""
    if not text or not phrase:
        return 0
    return 1 if _phrase_pattern(phrase).search(_folded(text)) else 0


def register_sqlite_functions(sender, connection, **kwargs):
    """connection_created handler: the folding functions the portable ranking needs."""
    if connection.vendor != "sqlite":
        return
    connection.connection.create_function(
        "pap_words", 1, lambda text: _folded(text or ""), deterministic=True
    )
    connection.connection.create_function("pap_phrase", 2, _sqlite_phrase, deterministic=True)
    connection.connection.create_function("pap_ln", 1, math.log, deterministic=True)


def portable_words(text):
    """What SQLite compares: folded, singular prefixes of the meaningful words."""
    kept = [word for word in words(text) if word not in STOPWORDS and len(word) > 1]
    return [light_stem(word) for word in kept] or [light_stem(word) for word in words(text)]


class PortableText:
    """The same levels on SQLite: word prefixes in the folded plain text (accents, case, hyphens
    and apostrophes ignored, plurals matched), without stemming."""

    page_id = "CAST(ie.object_id AS INTEGER)"

    def __init__(self, parsed, terms_sql="''", library_table=""):
        self.parsed = parsed
        self.terms_sql = terms_sql
        # The summary and terms are read from the page's row, joined to its index entry.
        self.entry_join = (
            f" JOIN {library_table} lp ON ie.object_id = CAST(lp.page_ptr_id AS TEXT)"
            if library_table
            else ""
        )
        self.groups = [
            alternatives for alternatives in map(self._alternatives, parsed.groups) if alternatives
        ]
        phrase = phrase_text(parsed)
        self.phrase = " ".join(portable_words(phrase)) if phrase else ""
        if len(self.phrase.split()) < 2:
            self.phrase = ""
        self.typed = tuple(portable_words(parsed.text)) if needs_typed(parsed) else ()

    @staticmethod
    def _alternatives(group):
        found = [tuple(portable_words(alternative)) for alternative in group.alternatives]
        return list(dict.fromkeys(words for words in found if words))

    @property
    def is_empty(self):
        return not self.groups

    @staticmethod
    def match(alternatives, column):
        ors = []
        for alternative in alternatives:
            ands = [(f"pap_words({column}) LIKE %s", [f"% {word}%"]) for word in alternative]
            sql, params = _join(ands, " AND ")
            ors.append((f"({sql})", params))
        sql, params = _join(ors, " OR ")
        return f"({sql})", params

    def entries(self):
        parts = [
            self.match(alternatives, column)
            for alternatives in self.groups
            for column in ("ie.title", "ie.body")
        ]
        sql, params = _join(parts, " OR ")
        types = library_content_type_ids()
        placeholders = ", ".join(["%s"] * len(types))
        return (
            f"FROM {ENTRY} ie{self.entry_join} WHERE ie.content_type_id IN ({placeholders}) AND ({sql})",
            [*types, *params],
        )

    def in_fields(self, alternatives, title, summary, terms, body):
        fields = [("ie.title", title), ("lp.summary", summary), (self.terms_sql, terms), ("ie.body", body)]
        return [(self.match(alternatives, column), points) for column, points in fields if points]

    def matches(self):
        """search.matching.Matches, from each candidate's levels."""
        levels = [(name, sql) for name, sql in self.levels() if name != "tn"]
        columns, level_params = _join([(f", {sql} AS {name}", params) for name, (sql, params) in levels], "")
        source, source_params = self.entries()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {self.page_id}{columns} {source}", level_params + source_params)
            rows = cursor.fetchall()
        return from_level_rows(rows, len(self.groups), bool(self.phrase), bool(self.typed))

    def levels(self):
        columns = [
            (f"g{index}", _level(self.in_fields(alternatives, TITLE, SUMMARY, TERMS, BODY)))
            for index, alternatives in enumerate(self.groups)
        ]
        if self.phrase:
            columns.append(
                (
                    "ph",
                    _level(
                        [
                            (("pap_phrase(ie.title, %s) = 1", [self.phrase]), 2),
                            (("pap_phrase(lp.summary, %s) = 1", [self.phrase]), 1),
                        ]
                    ),
                )
            )
        if self.typed:
            # The body too: SQLite tests each page anyway, and its folded prefixes need the help.
            columns.append(("ty", _level(self.in_fields([self.typed], TITLE, SUMMARY, TERMS, BODY))))
        columns.append(("tn", ("ie.title_norm", [])))
        return columns
