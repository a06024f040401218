"""The benchmark's bulk-built library is a valid Wagtail tree that the search reads like any other."""

import pytest
from wagtail.models import Page

from search.bench.build import add_pages, index_pages

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_bulk_built_pages_are_valid_searchable_and_counted(client, site_tree):
    sections = site_tree["sections"]
    pages = add_pages(sections, 40, seed=7)
    index_pages(pages)
    assert len(pages) == 40
    problems = Page.find_problems()
    assert not any(problems), problems
    search_url = sections[""].url
    answer = client.get(search_url, {"format": "json"}).json()
    assert answer["count"] == 40
    assert all(sum(value["count"] for value in values) > 0 for values in answer["facets"].values())
    first = answer["results"][0]
    assert client.get(first["url"]).status_code == 200
    found = client.get(search_url, {"q": "travailleur pair", "format": "json"}).json()
    assert 0 < found["count"] <= 40
    more = add_pages(sections, 10, seed=8)
    index_pages(more)
    assert client.get(search_url, {"format": "json"}).json()["count"] == 50
    assert not any(Page.find_problems())
