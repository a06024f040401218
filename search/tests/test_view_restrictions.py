"""A page under a view restriction, its own or its section's, is neither found nor suggested."""

import pytest
from wagtail.models import PageViewRestriction

from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory

pytestmark = pytest.mark.django_db


def found(client, url, **params):
    answer = client.get(url, {**params, "format": "json"}).json()
    return sorted(item["title"] for item in answer["results"])


def suggested(client, index_page, query):
    return sorted(item["title"] for item in client.get(index_page.url + "suggestions/", {"q": query}).json())


def test_a_restricted_page_is_neither_found_nor_suggested(client, site_tree):
    guides, search = site_tree["sections"]["guide"], site_tree["sections"][""]
    PracticeGuidePageFactory(parent=guides, title="Guide zephyr ouvert")
    private = PracticeGuidePageFactory(parent=guides, title="Guide zephyr réservé")
    assert found(client, search.url, q="zephyr") == ["Guide zephyr ouvert", "Guide zephyr réservé"]

    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for index_page in (search, guides):
        assert found(client, index_page.url, q="zephyr") == ["Guide zephyr ouvert"]
        assert found(client, index_page.url) == ["Guide zephyr ouvert"]
        assert suggested(client, index_page, "zeph") == ["Guide zephyr ouvert"]


def test_a_restricted_section_hides_its_pages_from_the_search_page(client, site_tree):
    guides, search = site_tree["sections"]["guide"], site_tree["sections"][""]
    PracticeGuidePageFactory(parent=guides, title="Guide zephyr")
    JobDescriptionPageFactory(parent=site_tree["sections"]["fiche-de-poste"], title="Fiche zephyr")
    PageViewRestriction.objects.create(page=guides, restriction_type="login")
    assert found(client, search.url, q="zephyr") == ["Fiche zephyr"]
    assert suggested(client, search, "zeph") == ["Fiche zephyr"]


def test_an_unpublished_page_leaves_the_results_and_the_counts_at_once(client, site_tree):
    """The sets a search counts from are those of the current content (search.catalogue)."""
    guides, search = site_tree["sections"]["guide"], site_tree["sections"][""]
    PracticeGuidePageFactory(parent=guides, title="Guide zephyr gardé")
    withdrawn = PracticeGuidePageFactory(parent=guides, title="Guide zephyr retiré")
    assert found(client, search.url, q="zephyr") == ["Guide zephyr gardé", "Guide zephyr retiré"]
    withdrawn.unpublish()
    assert found(client, search.url, q="zephyr") == ["Guide zephyr gardé"]
    answer = client.get(search.url, {"format": "json"}).json()
    assert answer["count"] == 1
