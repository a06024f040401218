"""The demo content: complete, idempotent, and every page and link it produces works."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, Revision

from demo.data.guides import GUIDES
from demo.data.job_descriptions import JOB_DESCRIPTIONS
from demo.data.testimonies import TESTIMONIES
from demo.loader import load_demo_content
from library.models import LibraryPage
from taxonomy.models import TAXONOMY_FIELDS

pytestmark = pytest.mark.django_db

LINK = re.compile(r'(?:href|src)="(/[^"#]*)"')


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "live": list(Page.objects.live().order_by("path").values_list("path", "slug")),
    }


@pytest.mark.sqlite_smoke
def test_loading_twice_changes_nothing(demo_site):
    before = snapshot()
    assert load_demo_content() == 0
    assert snapshot() == before


@pytest.mark.sqlite_smoke
def test_library_has_the_required_items(demo_site):
    french = LibraryPage.objects.live().filter(locale__language_code="fr")
    assert french.count() >= 14
    assert french.filter(resource_type="guide").count() >= 4
    assert french.filter(resource_type="temoignage").count() >= 5
    assert french.filter(resource_type="fiche-de-poste").count() >= 3
    english = LibraryPage.objects.live().filter(locale__language_code="en")
    assert english.filter(resource_type="guide").count() >= 2
    assert english.filter(resource_type="temoignage", title__icontains="Grenoble").exists()
    assert english.filter(resource_type="fiche-de-poste").count() >= 1
    assert len(GUIDES) + len(TESTIMONIES) + len(JOB_DESCRIPTIONS) == french.count()


def test_every_facet_value_is_used_at_least_once(demo_site):
    for field_name, model in TAXONOMY_FIELDS.items():
        unused = model.objects.filter(locale__language_code="fr", pages__isnull=True)
        assert not unused.exists(), (field_name, list(unused.values_list("slug", flat=True)))


def test_english_pages_carry_english_terms_only(demo_site):
    for page in LibraryPage.objects.filter(locale__language_code="en"):
        for field_name in TAXONOMY_FIELDS:
            locales = {term.locale.language_code for term in getattr(page, field_name).all()}
            assert locales <= {"en"}, (page.title, field_name)


def test_every_testimony_cites_its_sources(demo_site):
    from testimonies.models import TestimonyPage

    for page in TestimonyPage.objects.all():
        assert len(page.sources) >= 1, page.title
        assert page.consent_records().exists(), page.title


@pytest.mark.sqlite_smoke
def test_every_page_and_internal_link_answers(client, demo_site):
    """Crawl both homes: every internal link, image and stylesheet answers 200."""
    seen, queue, broken = set(), ["/", "/en/"], []
    while queue:
        path = queue.pop()
        if path in seen or path.startswith("/admin"):
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200:
            broken.append((path, response.status_code))
            continue
        if "html" in response.get("Content-Type", ""):
            html = response.content.decode()
            queue.extend(link.replace("&amp;", "&") for link in LINK.findall(html))
            # A missing value rendered as Python's None, alone in an element or an attribute.
            assert not re.search(r'(>\s*None\s*<|="None")', html), path
    assert not broken
    assert len(seen) > 60
