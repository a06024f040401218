"""sitemap.xml: both languages, hreflang links within each translation family only."""

import pytest

from core.tests.sitemap_entries import sitemap_entries
from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_a_translated_page_lists_each_language_and_the_french_default(client, site_tree):
    about = site_tree["standard"]["about"]
    english = about.get_translations().get()
    links = sitemap_entries(client)
    french_url, english_url = about.get_full_url(), english.get_full_url()
    expected = [("fr", french_url), ("en", english_url), ("x-default", french_url)]
    assert links[french_url] == expected
    assert links[english_url] == expected


def test_an_untranslated_page_has_no_hreflang_link(client, site_tree):
    page = StandardPage(title="Seulement en français", slug="seulement-en-francais")
    site_tree["home"].add_child(instance=page)
    page.save_revision().publish()
    links = sitemap_entries(client)
    assert links[page.get_full_url()] == []
    page.unpublish()
    assert page.get_full_url() not in sitemap_entries(client)
