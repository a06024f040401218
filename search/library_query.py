"""One search state counted and ordered from the catalogue's sets (search.catalogue).

Each facet is counted with the filters of the *other* facets only, so a value's count is the
number of results the reader gets by choosing it (values combine with OR inside a facet, AND
across facets).

In a ranked search (search.ranking says how a page matches each idea), pages with every idea come
first, then the best score: each idea's level weighed by its rarity among the candidates,
ln((N + 1) / (df + 0.5)), near 0 for a word found in every page; then the closest phrase, the words
as typed, the shorter title, the newest page. Pages that belong to the same sets of
search.matching tie on every level: the results are ranked group by group, each group read in the
catalogue's order for ties, so a word in every page sorts a few groups, not every page.
"""

import itertools
import math

from search.catalogue import bits_of, first_in_order, in_order


class LibraryQuery:
    """The search of `matches` (None: every page) in a section (`scope`: its page type, '' for the
    whole library), with `selections` {facet: [values]}: page types, years, translation keys."""

    def __init__(self, catalogue, *, scope="", matches=None, selections=None, exclude_ids=()):
        self.catalogue = catalogue
        self.matches = matches
        self.selections = {key: values for key, values in (selections or {}).items() if values}
        base = catalogue.pages
        if scope:
            base &= catalogue.by_type.get(scope, 0)
        # The N of the rarity weights: the pages a search of this scope runs over.
        self.library_size = base.bit_count()
        base &= ~bits_of(exclude_ids)
        # The ideas' document frequencies are read before the filters, among every candidate:
        # for each idea of the query, how many candidates have it (0: a word no page has).
        self.idea_counts = []
        if matches is not None:
            base &= matches.candidates
            self.idea_counts = [
                (base & matches.idea_pages(index)).bit_count() for index in range(len(matches.ideas))
            ]
        self.base = base
        self.flags = {}
        for facet, selected in self.selections.items():
            values = catalogue.values(facet)
            chosen = 0
            for value in selected:
                chosen |= values.get(str(value), 0)
            self.flags[facet] = chosen

    def filtered(self, facet=None):
        """The candidates that every selected facet but `facet` keeps."""
        bits = self.base
        for key, chosen in self.flags.items():
            if key != facet:
                bits &= chosen
        return bits

    def counts(self):
        """{facet: {value: count}} for every value found."""
        found = {}
        for facet in ("type", "annee", *self.catalogue.by_term):
            kept = self.filtered(facet)
            counted = {}
            for value, bits in self.catalogue.values(facet).items():
                count = (kept & bits).bit_count()
                if count:
                    counted[value] = count
            found[facet] = counted
        return found

    def run(self, order, limit, offset, with_counts=True):
        """({facet: {value: count}}, total, [page ids of the page asked])."""
        results = self.filtered()
        wanted = offset + limit
        if order == "pertinence" and self.matches is not None:
            ids = list(itertools.islice(self.ranked(results), wanted))[offset:]
        else:
            catalogue = self.catalogue
            ids = first_in_order(results, catalogue.newest_first, catalogue.date_rank, wanted)[offset:]
        counts = self.counts() if with_counts else {}
        return counts, results.bit_count(), ids

    def weights(self):
        size = float(self.library_size)
        return [math.log((size + 1) / (float(count) + 0.5)) for count in self.idea_counts]

    def groups(self, results):
        """{(cov, score, phrase, typed): set of pages}: the pages of `results` by their levels."""
        components = self.matches.components()
        parts = {(0,) * len(components): results}
        for position, component in enumerate(components):
            for points, bits in component:
                refined = {}
                for levels, part in parts.items():
                    inside = part & bits
                    if inside:
                        raised = (*levels[:position], levels[position] + points, *levels[position + 1 :])
                        refined[raised] = refined.get(raised, 0) | inside
                        part ^= inside
                    if part:
                        refined[levels] = refined.get(levels, 0) | part
                parts = refined
        weights = self.weights()
        ranked = {}
        for levels, part in parts.items():
            ideas = levels[: len(weights)]
            score = 0.0
            for level, weight in zip(ideas, weights, strict=True):
                score += level * weight
            key = (sum(1 for level in ideas if level), score, levels[-2], levels[-1])
            ranked[key] = ranked.get(key, 0) | part
        return ranked

    def ranked(self, results):
        """The page ids of `results`, best first: group by group, each in the catalogue's order
        for ties (the shorter title, then the newest)."""
        catalogue = self.catalogue
        for _key, bits in sorted(self.groups(results).items(), reverse=True):
            yield from in_order(bits, catalogue.tie_order, catalogue.tie_rank)
