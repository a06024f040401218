"""A page under a view restriction, its own or its section's, is neither found nor suggested."""

import pytest
from wagtail.models import PageViewRestriction

from search.tests.conftest import add_library_page

pytestmark = pytest.mark.django_db


def found(client, url, **params):
    answer = client.get(url, {**params, "format": "json"}).json()
    return sorted(item["title"] for item in answer["results"])


def suggested(client, index_page, query):
    return sorted(item["title"] for item in client.get(index_page.url + "suggestions/", {"q": query}).json())


def test_a_restricted_page_is_neither_found_nor_suggested(client, site_tree):
    guides, search = site_tree["sections"]["guide"], site_tree["sections"][""]
    add_library_page(guides, "Guide zephyr ouvert")
    private = add_library_page(guides, "Guide zephyr réservé")
    assert found(client, search.url, q="zephyr") == ["Guide zephyr ouvert", "Guide zephyr réservé"]

    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for index_page in (search, guides):
        assert found(client, index_page.url, q="zephyr") == ["Guide zephyr ouvert"]
        assert found(client, index_page.url) == ["Guide zephyr ouvert"]
        assert suggested(client, index_page, "zeph") == ["Guide zephyr ouvert"]


def test_a_restricted_section_hides_its_pages_from_the_search_page(client, site_tree):
    guides, search = site_tree["sections"]["guide"], site_tree["sections"][""]
    add_library_page(guides, "Guide zephyr")
    add_library_page(site_tree["sections"]["fiche-de-poste"], "Fiche zephyr", kind="fiche-de-poste")
    PageViewRestriction.objects.create(page=guides, restriction_type="login")
    assert found(client, search.url, q="zephyr") == ["Fiche zephyr"]
    assert suggested(client, search, "zeph") == ["Fiche zephyr"]
