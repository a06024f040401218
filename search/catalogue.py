"""What every search of one locale starts from, read once per content generation: the pages a
reader may find, their facet values as sets of page ids, and their orders.

A search then only asks the database which pages match its words (search.matching); the total,
every facet count and the page of results are computed here from these sets. A set is a Python
integer whose bit N says whether page N belongs to it, so that intersecting two sets of 10,000
pages and counting what remains costs a few microseconds, and a word found in nearly every page
costs no join and no count in the database.

Each process keeps the catalogue of the current generation (core.site_cache): an editor's change
starts a new generation, so a catalogue is never read after the content it describes changed.
While the cache is unreachable, each search builds its own.
"""

import itertools
import threading
from dataclasses import dataclass, field

from django.db import connection

from core.site_cache import generation, is_usable, release
from search.sql import ENTRY, LIBRARY, PAGE, m2m_facets, unrestricted

# Bit positions of each byte value, to list the members of a set without testing every bit.
_BYTE_BITS = [tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256)]
_AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
# At most this many members are listed and sorted; a larger set is read in the catalogue's order.
SPARSE = 512
_kept = {}
_lock = threading.Lock()


def bits_of(ids):
    """The set (an integer) of these page ids."""
    ids = ids if isinstance(ids, list | tuple) else list(ids)
    if not ids:
        return 0
    flags = bytearray(max(ids) + 1)
    for page_id in ids:
        flags[page_id] = 1
    # Read as binary digits, highest page first: three times faster than setting bits one by one.
    return int(flags[::-1].translate(_AS_DIGITS), 2)


def ids_of(bits):
    """The page ids of a set, in increasing order."""
    found = []
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    for index, value in enumerate(data):
        if value:
            base = index * 8
            found.extend(base + bit for bit in _BYTE_BITS[value])
    return found


def in_order(bits, order, rank):
    """Every member of the set `bits`, lazily, in `order` (page ids; `rank` their positions): a
    small set is listed and sorted, a large one read by walking `order`."""
    if bits.bit_count() <= SPARSE:
        yield from sorted(ids_of(bits), key=rank.__getitem__)
        return
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    size = len(data)
    for page_id in order:
        position = page_id >> 3
        if position < size and data[position] >> (page_id & 7) & 1:
            yield page_id


def first_in_order(bits, order, rank, count):
    """The first `count` members of the set `bits`, in `order`."""
    return list(itertools.islice(in_order(bits, order, rank), max(count, 0)))


@dataclass
class Catalogue:
    """The live, public library pages of one locale, as sets and orders."""

    pages: int = 0  # every page a reader of this locale may find
    by_type: dict = field(default_factory=dict)  # {resource type: set}
    by_year: dict = field(default_factory=dict)  # {year, as text: set}
    by_term: dict = field(default_factory=dict)  # {facet: {translation key: set}}
    publication_date: dict = field(default_factory=dict)  # {page id: date}
    title_norm: dict = field(default_factory=dict)  # {page id: the index entry's title_norm}
    newest_first: list = field(default_factory=list)  # page ids by date, newest first
    date_rank: dict = field(default_factory=dict)
    # The order of pages whose levels tie in a ranked search: the shorter title, then the newest.
    tie_order: list = field(default_factory=list)
    tie_rank: dict = field(default_factory=dict)

    @classmethod
    def for_locale(cls, locale_id, vocabulary):
        """This process's catalogue of the locale for the current generation (built at need)."""
        current = generation()
        if not is_usable(current):
            return cls.build(locale_id, vocabulary)
        key = (current, locale_id, *release())
        found = _kept.get(key)
        if found is None:
            found = cls.build(locale_id, vocabulary)
            with _lock:
                for old in [old for old in _kept if old[0] != current]:
                    _kept.pop(old, None)
                _kept[key] = found
        return found

    @classmethod
    def build(cls, locale_id, vocabulary):
        catalogue = cls()
        catalogue.read_pages(locale_id)
        catalogue.read_terms(locale_id, vocabulary)
        return catalogue

    def read_pages(self, locale_id):
        year_sql, year_params = connection.ops.date_extract_sql("year", "lp.publication_date", [])
        sql = (
            f"SELECT p.id, lp.resource_type, {year_sql}, lp.publication_date, ie.title_norm "
            f"FROM {LIBRARY} lp JOIN {PAGE} p ON p.id = lp.page_ptr_id "
            f"LEFT JOIN {ENTRY} ie ON ie.content_type_id = p.content_type_id "
            "AND ie.object_id = CAST(p.id AS TEXT) "
            f"WHERE p.live = %s AND p.locale_id = %s AND {unrestricted()}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*year_params, True, locale_id])
            self.add_pages(cursor.fetchall())

    def add_pages(self, rows):
        """Rows (page id, resource type, year, publication date, title_norm): the pages, their
        sets by type and year, and their orders."""
        by_type, by_year = {}, {}
        for page_id, resource_type, year, publication_date, title_norm in rows:
            by_type.setdefault(resource_type, []).append(page_id)
            by_year.setdefault(str(int(year)), []).append(page_id)
            self.publication_date[page_id] = publication_date
            self.title_norm[page_id] = title_norm or 0
        self.pages = bits_of(self.publication_date)
        self.by_type = {key: bits_of(ids) for key, ids in by_type.items()}
        self.by_year = {key: bits_of(ids) for key, ids in by_year.items()}
        self.newest_first = sorted(
            self.publication_date, key=lambda page_id: (self.publication_date[page_id], page_id), reverse=True
        )
        self.date_rank = {page_id: rank for rank, page_id in enumerate(self.newest_first)}
        self.tie_order = sorted(
            self.publication_date,
            key=lambda page_id: (self.title_norm[page_id], self.publication_date[page_id], page_id),
            reverse=True,
        )
        self.tie_rank = {page_id: rank for rank, page_id in enumerate(self.tie_order)}

    def read_terms(self, locale_id, vocabulary):
        """Each taxonomy value as the set of pages classified with it (a term of another language
        counts for its translation: the same translation key)."""
        parts = [
            f"SELECT '{facet}', m.{page_column}, m.{term_column} FROM {through} m "
            f"JOIN {PAGE} p ON p.id = m.{page_column} WHERE p.live = %s AND p.locale_id = %s"
            for facet, (through, page_column, term_column, _term_table) in m2m_facets().items()
        ]
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), [True, locale_id] * len(parts))
            rows = cursor.fetchall()
        found = {facet: {} for facet in m2m_facets()}
        for facet, page_id, term_id in rows:
            key = vocabulary.key_by_id[facet].get(term_id)
            if key is not None and page_id in self.publication_date:
                found[facet].setdefault(key, []).append(page_id)
        self.by_term = {
            facet: {key: bits_of(ids) for key, ids in keys.items()} for facet, keys in found.items()
        }

    def values(self, facet):
        """{value: set} of one facet: page types, years (as text) or translation keys."""
        if facet == "type":
            return self.by_type
        if facet == "annee":
            return self.by_year
        return self.by_term.get(facet, {})
