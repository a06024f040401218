"""Which pages match a query, as the database answers it (search.ranking), in the form
search.library_query counts and ranks: sets of page ids (search.catalogue), each worth points.

A page's level for one idea of the query is the sum of the points of the sets it belongs to (on
PostgreSQL: 1 for the text, 4 more for the title, 2 for the summary, 2 for the taxonomy terms);
likewise for the closest phrase and for the words as typed. Pages that belong to the same sets
tie on every level, so a search ranks groups of pages, never one page at a time.
"""

import functools
from dataclasses import dataclass, field

from search.catalogue import bits_of


@dataclass
class Matches:
    ideas: list  # for each idea: [(points, set of pages), …]
    phrase: list = field(default_factory=list)  # the same for the closest phrase's bonus
    typed: list = field(default_factory=list)  # and for the words as typed

    def idea_pages(self, index):
        """Every page having idea `index`."""
        found = 0
        for _points, bits in self.ideas[index]:
            found |= bits
        return found

    @functools.cached_property
    def candidates(self):
        """Every page with at least one idea."""
        found = 0
        for index in range(len(self.ideas)):
            found |= self.idea_pages(index)
        return found

    def components(self):
        """Each level a page gets (every idea's, then the phrase's and the typed words'), as its
        sets and their points."""
        return [*self.ideas, self.phrase, self.typed]


def from_field_sets(ideas, phrase, typed, points):
    """Matches from, for each idea, {field: page ids} ("text" being the title and the body, worth
    1), and the same for the phrase and the typed words; `points`: {field: points}."""

    def sets(found, worth):
        return [(worth[name], bits_of(found[name])) for name in worth if (found or {}).get(name)]

    return Matches(
        ideas=[sets(found, {"text": 1, **points}) for found in ideas],
        phrase=sets(phrase, {"title": 2, "summary": 1}),
        typed=sets(typed, points),
    )


def from_level_rows(rows, idea_count, has_phrase, has_typed):
    """Matches from rows (page id, level of each idea, [phrase], [typed words]): one set per level
    value found."""
    columns = idea_count + int(has_phrase) + int(has_typed)
    by_level = [{} for _column in range(columns)]
    for row in rows:
        page_id = int(row[0])
        for column in range(columns):
            level = row[1 + column]
            if level:
                by_level[column].setdefault(level, []).append(page_id)
    found = [[(level, bits_of(ids)) for level, ids in sorted(levels.items())] for levels in by_level]
    ideas, extra = found[:idea_count], found[idea_count:]
    return Matches(
        ideas=ideas,
        phrase=extra[0] if has_phrase else [],
        typed=extra[-1] if has_typed else [],
    )
