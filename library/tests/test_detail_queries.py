"""SQL queries of a detail page (the same with 3 and 15 library pages) and of a page's creation;
a slug that names no page is not kept in the site cache."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.site_cache import new_generation
from guides.models import PracticeGuidePage
from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory
from taxonomy.models import TAXONOMY_FIELDS
from taxonomy.tests.factories import terms
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.django_db

TERMS = {"themes": ["recrutement"], "audiences": ["precarite"], "structure_types": ["chrs"]}
TAXONOMY_TABLES = re.compile("|".join(f"library_librarypage_{field}" for field in TAXONOMY_FIELDS))


@pytest.mark.parametrize(
    ("factory", "scope"),
    [(TestimonyPageFactory, "temoignage"), (JobDescriptionPageFactory, "fiche-de-poste")],
    ids=["testimony", "job-description"],
)
def test_a_detail_page_runs_at_most_8_queries_whatever_the_library_size(
    client, site_tree, django_assert_max_num_queries, factory, scope
):
    page = factory(parent=site_tree["sections"][scope], **TERMS)
    guides = site_tree["sections"]["guide"]

    def measure():
        new_generation()  # as after an editor's change
        with CaptureQueriesContext(connection) as after_edit:
            assert client.get(page.url).status_code == 200
        with django_assert_max_num_queries(8) as captured:
            html = client.get(page.url).content.decode()
        assert 'class="related"' in html and 'class="taxonomy"' in html
        assert not [query for query in captured if "wagtailcore_locale" in query["sql"]]  # language cached
        return len(captured.captured_queries), len(after_edit.captured_queries)

    for _ in range(2):
        PracticeGuidePageFactory(parent=guides, **TERMS)
    client.get(page.url)  # what a first request fills once per process (site root paths…)
    few = measure()
    assert few[0] == 0, "warm, routing reads the page itself from the site cache (core/routing.py)"
    for _ in range(12):
        PracticeGuidePageFactory(parent=guides, themes=["recrutement", "management"], audiences=["precarite"])
    assert measure() == few


def test_creating_and_publishing_a_guide_reads_each_vocabulary_a_few_times(site_tree):
    """Saving reads a page's terms once (and only those set in memory, to localise them);
    indexing reads them once per indexing, not once per indexed column."""
    guides = site_tree["sections"]["guide"]
    PracticeGuidePageFactory(parent=guides)  # the first page of a section warms up a few caches
    themes = terms("themes", guides.locale, ["recrutement", "management"])
    with CaptureQueriesContext(connection) as captured:
        page = PracticeGuidePage(
            title="Un guide",
            summary="Un résumé.",
            publication_date="2024-01-01",
            for_whom="Tous.",
            themes=themes,
        )
        guides.add_child(instance=page)
        page.save_revision().publish()
    taxonomy = [query for query in captured if TAXONOMY_TABLES.search(query["sql"])]
    assert len(taxonomy) <= 35, len(taxonomy)  # 156 before
    assert len(captured) <= 155, len(captured)  # 271 before
    page.refresh_from_db()
    assert [term.slug for term in page.themes.all()] == ["recrutement", "management"]


def test_a_slug_that_names_no_page_is_not_kept(client, site_tree):
    from django.core.cache import cache

    page = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"])
    assert client.get(page.url).status_code == 200
    for number in range(3):
        assert client.get(f"{site_tree['sections']['temoignage'].url}inconnu-{number}/").status_code == 404
    kept = [key for key in cache._cache if ":typed-child:" in key]
    assert len(kept) == 1 and page.slug in kept[0]
