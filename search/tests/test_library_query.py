"""The counting and ranking from sets (search.library_query) give what a plain page-by-page
computation gives, on random pages and matches, through both ways of reading a set (its members
sorted, or the catalogue's order walked)."""

import datetime
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search import catalogue as catalogue_module
from search.catalogue import Catalogue, bits_of, first_in_order, ids_of
from search.library_query import LibraryQuery
from search.matching import Matches

PAGE_IDS = st.lists(st.integers(min_value=1, max_value=300), min_size=1, max_size=60, unique=True)


def catalogue_of(page_ids, data):
    """A catalogue of these pages, with few distinct dates and title lengths, so that ties occur."""
    rows = [
        (
            page_id,
            data.draw(st.sampled_from(["guide", "temoignage"])),
            2024,
            datetime.date(2024, 1, 1) + datetime.timedelta(days=data.draw(st.integers(0, 3))),
            data.draw(st.sampled_from([0.0, 0.25, 0.5])),
        )
        for page_id in page_ids
    ]
    catalogue = Catalogue()
    catalogue.add_pages(rows)
    return catalogue


def sets_of(page_ids, data, worths):
    return [(worth, bits_of(data.draw(st.lists(st.sampled_from(page_ids), max_size=20)))) for worth in worths]


def expected_order(catalogue, matches, results, library_size):
    """Every page of `results` scored on its own, then sorted as the search promises."""
    ideas = [
        {page_id: sum(points for points, bits in sets if bits >> page_id & 1) for page_id in ids_of(results)}
        for sets in matches.ideas
    ]
    counts = [sum(1 for level in idea.values() if level) for idea in ideas]
    weights = [math.log((library_size + 1.0) / (count + 0.5)) for count in counts]

    def level(sets, page_id):
        return sum(points for points, bits in sets if bits >> page_id & 1)

    def key(page_id):
        score = 0.0
        for idea, weight in zip(ideas, weights, strict=True):
            score += idea[page_id] * weight
        return (
            sum(1 for idea in ideas if idea[page_id]),
            score,
            level(matches.phrase, page_id),
            level(matches.typed, page_id),
            catalogue.title_norm[page_id],
            catalogue.publication_date[page_id],
            page_id,
        )

    return sorted(ids_of(results), key=key, reverse=True)


@pytest.mark.parametrize("sparse", [1, 512])
# The patched threshold is the same for every example of one parametrised run.
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page_ids=PAGE_IDS, data=st.data())
def test_the_ranking_by_groups_is_the_page_by_page_ranking(monkeypatch, sparse, page_ids, data):
    monkeypatch.setattr(catalogue_module, "SPARSE", sparse)
    catalogue = catalogue_of(page_ids, data)
    idea_count = data.draw(st.integers(1, 3))
    matches = Matches(
        ideas=[sets_of(page_ids, data, [1, 4, 2]) for _index in range(idea_count)],
        phrase=sets_of(page_ids, data, [2, 1]),
        typed=sets_of(page_ids, data, [4, 2]),
    )
    library_size = len(page_ids)
    search = LibraryQuery(catalogue, matches=matches)
    limit = data.draw(st.integers(1, 25))
    offset = data.draw(st.integers(0, 10))
    _counts, total, ids = search.run("pertinence", limit, offset)
    results = catalogue.pages & matches.candidates
    expected = expected_order(catalogue, matches, results, library_size)
    assert total == len(expected)
    assert ids == expected[offset : offset + limit]


@pytest.mark.parametrize("sparse", [1, 512])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page_ids=PAGE_IDS, members=st.data())
def test_a_set_read_in_order_gives_its_first_members(monkeypatch, sparse, page_ids, members):
    monkeypatch.setattr(catalogue_module, "SPARSE", sparse)
    order = sorted(page_ids, key=lambda page_id: (page_id * 7919) % 101)
    rank = {page_id: position for position, page_id in enumerate(order)}
    chosen = members.draw(st.lists(st.sampled_from(page_ids), unique=True))
    count = members.draw(st.integers(1, 8))
    found = first_in_order(bits_of(chosen), order, rank, count)
    assert found == [page_id for page_id in order if page_id in set(chosen)][:count]
    assert ids_of(bits_of(chosen)) == sorted(chosen)


def test_the_date_order_and_the_exclusions():
    catalogue = Catalogue()
    catalogue.add_pages(
        [
            (3, "guide", 2023, datetime.date(2023, 5, 1), 0.5),
            (9, "guide", 2024, datetime.date(2024, 5, 1), 0.5),
            (4, "temoignage", 2024, datetime.date(2024, 5, 1), 0.5),
        ]
    )
    counts, total, ids = LibraryQuery(catalogue).run("date", 10, 0)
    assert (total, ids) == (3, [9, 4, 3])
    assert counts["type"] == {"guide": 2, "temoignage": 1} and counts["annee"] == {"2023": 1, "2024": 2}
    counts, total, ids = LibraryQuery(catalogue, scope="guide", exclude_ids=[9]).run("date", 10, 0)
    assert (total, ids) == (1, [3])
    _counts, total, ids = LibraryQuery(catalogue, selections={"annee": ["2024"]}).run("date", 1, 1)
    assert (total, ids) == (2, [4])
