"""How a page matches each idea of a query, the same way on PostgreSQL and on SQLite.

For every idea (a word, or a synonym group with all its names) the index entry gets a level:

- 4 when one of the idea's names is in the title (all its words),
- 2 when it is in the summary, 2 more when it is in the names of the page's taxonomy terms
  (a page whose "type de poste" is médiateur·rice de santé pair is about MSP),
- 1 when its words are anywhere in the indexed text.

The levels add up (title, summary, terms and body: 9). `search.sql` then weighs each idea by its rarity in
the library (a document frequency computed in the same statement, so always up to date): a word
found in most pages ("pair", "travail") decides little, an abbreviation found in a few decides much.
Pages with every idea come first, then the best score; ties go to the closest phrase (the query in
order, in the title or the summary), then to the query's words as typed (not a synonym) in the
title, summary or terms (on SQLite, the body too), then to the shorter title.

PostgreSQL reads Wagtail's tsvectors (the summary and the terms are indexed with boosts, so their
lexemes carry their own weights). Only the small title vector is tested on each candidate; which
entries have an idea in their text, summary or terms are sets read from GIN indexes, so a word in
every page costs no test of every page's large body vector (`entries_sql`). SQLite reads the plain
text through two functions registered on each connection (`register_sqlite_functions`): folded
words, and a phrase test.
"""

import functools
import hashlib
import math
import re

from django.core.cache import cache
from django.db import connection

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


# Functions of search/migrations/0008_entry_set_functions.py, each reading a GIN index: the
# candidates ("text": title and body), and the ids of the entries whose summary or taxonomy terms
# (the body's lexemes of the weights of library.models' SUMMARY_BOOST and TERMS_BOOST) match.
CANDIDATES_FUNCTION = "search_entries_matching"
ENTRY_SET_FUNCTIONS = {
    "summary": "search_entries_in_summary",
    "terms": "search_entries_in_terms",
}


def entries_sql(field, query):
    """SQL condition: the index entry aliased `ie` is in the set of entries whose `field` matches
    `query` (PostgreSQL computes the set once per statement and looks each row up in a hash)."""
    if field == "text":
        sql = f"ie.id IN (SELECT s.id FROM {CANDIDATES_FUNCTION}(%s::tsquery, %s) AS s)"
        return sql, [query, library_content_type_ids()]
    return f"ie.id IN (SELECT s.id FROM {ENTRY_SET_FUNCTIONS[field]}(%s::tsquery) AS s(id))", [query]


class PostgresText:
    """Matches on Wagtail's index with the language's text search configuration.

    Each name of an idea is normalised by PostgreSQL once (one query, then cached): all its lexemes
    (`plainto_tsquery`), the same restricted to the boosted weights for the "about" level, and the
    whole query as a phrase (`phraseto_tsquery`).
    """

    fence = " OFFSET 0"
    page_id = "ie.page_id"

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

    def in_fields(self, query, title, summary, terms, body):
        """(condition, points) for `query` in each field. The title's vector is small and tested on
        each candidate; the others are sets of entries read from GIN indexes (`entries_sql`), so
        that a word found in most pages costs no test of each page's large body vector."""
        conditions = [(("ie.title @@ %s::tsquery", [query]), title)]
        for field, points in (("summary", summary), ("terms", terms), ("text", body)):
            if not points:
                continue
            if field == "text" and self.groups == [query]:
                # The query's only idea: every candidate has it (`entries`).
                conditions.append((("TRUE", []), points))
            else:
                conditions.append((entries_sql(field, query), points))
        return conditions

    def entries(self):
        """FROM clause of the candidate entries (aliased `ie`): the function gives the columns
        ranking reads, so no row of the index table is read again."""
        query = " | ".join(f"( {query} )" for query in self.groups)
        return f"FROM {CANDIDATES_FUNCTION}(%s::tsquery, %s) ie", [query, library_content_type_ids()]

    def levels(self):
        """[(name, (sql, params))]: one level per idea, then the phrase bonus."""
        columns = [
            (f"g{index}", _level(self.in_fields(query, TITLE, SUMMARY, TERMS, BODY)))
            for index, query in enumerate(self.groups)
        ]
        if self.phrase:
            columns.append(
                (
                    "ph",
                    _level(
                        [
                            (("ie.title @@ %s::tsquery", [self.phrase]), 2),
                            # Not the body's every word: testing positions in each page's
                            # large vector cost more than the rest of a search.
                            (entries_sql("summary", self.phrase), 1),
                        ]
                    ),
                )
            )
        if self.typed:
            columns.append(("ty", _level(self.in_fields(self.typed, TITLE, SUMMARY, TERMS, 0))))
        columns.append(("tn", ("ie.title_norm", [])))
        return columns


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

    fence = ""
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
