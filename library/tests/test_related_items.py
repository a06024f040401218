"""Related items: ranked by the number of taxonomy terms a page shares (checked against a count in
Python), only live, public pages of the page's language, and computed once per content change."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from guides.tests.factories import PracticeGuidePageFactory
from library.models import RELATED_BY, LibraryDetail, LibraryPage
from taxonomy.models import TAXONOMY_FIELDS
from taxonomy.tests.factories import terms
from testimonies.tests.factories import TestimonyPageFactory
from testing.database import LAYERS, site_tree

pytestmark = pytest.mark.django_db

SOURCE = {
    "themes": ["recrutement", "management"],
    "audiences": ["precarite", "addictions"],
    "structure_types": ["chrs"],
    "post_types": ["travailleur-pair"],
    "regions": ["bretagne"],
}


def day(number):
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=number)


def shared_terms_in_python(page, other):
    """How many terms (the regions aside) two pages share, counted in Python."""
    mine, theirs = page.taxonomy_terms(), other.taxonomy_terms()
    return sum(
        len({term.translation_key for term in mine[field]} & {term.translation_key for term in theirs[field]})
        for field in RELATED_BY
    )


def expected_ranking(page, limit):
    restricted = [restriction.page.path for restriction in PageViewRestriction.objects.select_related("page")]
    counted = []
    for other in LibraryPage.objects.live().filter(locale_id=page.locale_id).exclude(pk=page.pk):
        if any(other.path.startswith(path) for path in restricted):
            continue
        shared = shared_terms_in_python(page, other)
        if shared:
            counted.append((-shared, -other.publication_date.toordinal(), other.title, other.pk))
    return [pk for *_, pk in sorted(counted)[:limit]]


def build_related_corpus():
    """A guide and its neighbours, their titles saying how many terms each shares with it: a
    database layer shared by the tests below ({name: primary key})."""
    sections = site_tree()["sections"]
    guides, testimonies = sections["guide"], sections["temoignage"]
    english_guides = guides.get_translation(Locale.objects.get(language_code="en"))
    make = PracticeGuidePageFactory
    pages = {
        "source": make(parent=guides, title="Le guide de départ", **SOURCE),
        "three": make(
            parent=guides,
            title="Trois termes",
            publication_date=day(1),
            themes=["recrutement"],
            audiences=["precarite"],
            structure_types=["chrs"],
        ),
        # One shared theme, joined with many other terms: the old query counted its 16 row
        # combinations (1 theme × 4 audiences × 4 structure types) instead of 1 term.
        "combinations": make(
            parent=guides,
            title="Un terme, beaucoup de combinaisons",
            publication_date=day(30),
            themes=["recrutement", "formation", "supervision", "evaluation", "financement", "integration"],
            audiences=["sante-mentale", "handicap", "personnes-exilees", "malades-sans-domicile"],
            structure_types=["lam", "lhss", "act", "csapa"],
        ),
        "two_older": make(
            parent=guides,
            title="Deux termes, plus ancien",
            publication_date=day(2),
            themes=["management"],
            post_types=["travailleur-pair"],
        ),
        "two_recent": TestimonyPageFactory(
            parent=testimonies,
            title="Deux termes, plus récent",
            publication_date=day(20),
            audiences=["precarite", "addictions"],
        ),
        "region_only": make(parent=guides, title="La même région", regions=["bretagne"]),
        "draft": make(parent=guides, title="Brouillon", publish=False, **SOURCE),
        "private": make(parent=guides, title="Page réservée", **SOURCE),
        "english": make(parent=english_guides, title="English guide", **SOURCE),
        "withdrawn": TestimonyPageFactory(parent=testimonies, title="Témoignage retiré", **SOURCE),
    }
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="password", password="x")
    pages["withdrawn"].consent_records().get().withdraw()
    return {name: page.pk for name, page in pages.items()}


LAYERS.register("related_corpus", build_related_corpus)


@pytest.fixture
def related_corpus(site_tree):
    """(the guide, {name: its neighbour}), from the layer."""
    ids = LAYERS.data("related_corpus")
    pages = {name: LibraryPage.objects.get(pk=pk).specific for name, pk in ids.items()}
    return pages.pop("source"), pages


def test_related_items_are_ranked_by_the_number_of_shared_terms(related_corpus):
    source, pages = related_corpus
    related = source.related_items(limit=10)

    assert [page.pk for page in related] == expected_ranking(source, limit=10)
    assert [page.title for page in related] == [
        "Trois termes",
        "Deux termes, plus récent",  # two terms each: the most recent first
        "Deux termes, plus ancien",
        "Un terme, beaucoup de combinaisons",
    ]
    assert shared_terms_in_python(source, pages["combinations"]) == 1
    assert [page.title for page in source.related_items()] == [page.title for page in related[:3]]


def test_related_items_leave_out_drafts_private_pages_other_languages_withdrawn_testimonies(related_corpus):
    source, pages = related_corpus
    pages["withdrawn"].refresh_from_db()
    assert not pages["withdrawn"].live  # the withdrawal took it offline
    related = {page.pk for page in source.related_items(limit=20)}
    for name in ("draft", "private", "english", "withdrawn", "region_only"):
        assert pages[name].pk not in related, name
    assert source.pk not in related


def test_related_items_are_computed_once_per_content_change(client, related_corpus):
    source, pages = related_corpus
    client.get(source.url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(source.url).content.decode()
    assert "Trois termes" in html and "Recrutement" in html
    taxonomy_tables = [f"library_librarypage_{field}" for field in TAXONOMY_FIELDS]
    read = [query["sql"] for query in captured if any(table in query["sql"] for table in taxonomy_tables)]
    assert read == []  # neither the groups nor the ranking were computed again

    # Publishing a page starts a new content generation: the ranking follows it.
    PracticeGuidePageFactory(parent=pages["three"].get_parent(), title="Tous les termes", **SOURCE)
    html = client.get(source.url).content.decode()
    assert html.index("Tous les termes") < html.index("Trois termes")


def test_a_preview_shows_the_previewed_taxonomy_not_the_cached_one(related_corpus):
    source, _pages = related_corpus
    request = RequestFactory().get(source.url)

    def themes_shown():
        groups = LibraryDetail(source, request).taxonomy_groups
        return [[term.slug for term in found] for _label, key, found in groups if key == "thematique"][0]

    assert themes_shown() == ["recrutement", "management"]  # now cached for the published version
    source.themes = terms("themes", source.locale, ["evaluation"])  # an unsaved edit
    request.is_preview = True
    assert themes_shown() == ["evaluation"]
    request.is_preview = False
    assert themes_shown() == ["recrutement", "management"]
