"""RSS and Atom feeds: site-wide, per section and per listing or search state, with the pages' own
dates, in the page language, never a draft nor a restricted page; linked from the listings."""

import datetime

import feedparser
import pytest
from wagtail.models import PageViewRestriction

from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory
from search.models import LibraryIndexPage

pytestmark = pytest.mark.django_db


def parse(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


@pytest.fixture
def library(site_tree):
    guides = site_tree["sections"]["guide"]
    day = datetime.date
    old = PracticeGuidePageFactory(
        parent=guides, title="Guide ancien", publication_date=day(2025, 2, 3), themes=["recrutement"]
    )
    new = PracticeGuidePageFactory(
        parent=guides, title="Guide récent", publication_date=day(2025, 6, 1), themes=["integration"]
    )
    PracticeGuidePageFactory(parent=guides, title="Guide brouillon", publish=False)
    hidden = PracticeGuidePageFactory(parent=guides, title="Guide réservé")
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="secret")
    JobDescriptionPageFactory(parent=site_tree["sections"]["fiche-de-poste"], title="Fiche publiée")
    english_guides = LibraryIndexPage.objects.get(locale__language_code="en", scope="guide")
    PracticeGuidePageFactory(parent=english_guides, title="English guide", publication_date=day(2025, 3, 4))
    return {"old": old, "new": new}


@pytest.mark.parametrize("url", ["/flux/", "/flux/atom/"])
def test_the_site_feeds_carry_the_pages_own_dates_newest_first(client, library, url):
    response, feed = parse(client, url)
    titles = [entry.title for entry in feed.entries]
    assert "Fiche publiée" in titles
    assert titles.index("Guide récent") < titles.index("Guide ancien")
    old = next(entry for entry in feed.entries if entry.title == "Guide ancien")
    assert old.published_parsed[:3] == (2025, 2, 3)
    assert feed.feed.language == "fr"
    assert "English guide" not in titles
    assert old.link.endswith(library["old"].url)


@pytest.mark.parametrize("url", ["/flux/", "/flux/atom/", "/guides/flux/", "/guides/flux/atom/"])
def test_no_feed_lists_a_draft_or_a_restricted_page(client, library, url):
    body = client.get(url).content.decode()
    assert "Guide récent" in body
    assert "Guide brouillon" not in body
    assert "Guide réservé" not in body


def test_the_atom_feed_has_an_update_date_not_before_the_publication(client, library):
    _response, feed = parse(client, "/flux/atom/")
    for entry in feed.entries:
        assert entry.updated_parsed >= entry.published_parsed


def test_the_english_feeds_are_in_english(client, library):
    _response, rss = parse(client, "/en/feed/")
    assert rss.feed.language == "en"
    assert [entry.title for entry in rss.entries] == ["English guide"]
    assert rss.feed.title == "Pair à pair — what's new"
    _response, atom = parse(client, "/en/feed/atom/")
    assert [entry.title for entry in atom.entries] == ["English guide"]
    assert atom.entries[0].published_parsed[:3] == (2025, 3, 4)
    section = LibraryIndexPage.objects.get(locale__language_code="en", scope="guide")
    listing = client.get(section.url).content.decode()
    assert f'href="{section.url}feed/atom/" type="application/atom+xml">Atom feed</a>' in listing
    _response, feed = parse(client, f"{section.url}feed/")
    assert [entry.title for entry in feed.entries] == ["English guide"]
    assert feed.feed.language == "en"


def test_a_section_feed_lists_its_type_only(client, library):
    _response, feed = parse(client, "/guides/flux/")
    titles = [entry.title for entry in feed.entries]
    assert titles == ["Guide récent", "Guide ancien"]
    assert all(entry.tags[0].term == "Guide pratique" for entry in feed.entries)


def test_a_search_state_has_its_feed_at_its_address_plus_the_suffix(client, library):
    listing = client.get("/guides/", {"thematique": "recrutement"}).content.decode()
    assert 'href="/guides/flux/?thematique=recrutement"' in listing
    head_link = 'title="Guides pratiques (Atom)" href="/guides/flux/atom/?thematique=recrutement"'
    assert f'type="application/atom+xml" {head_link}' in listing
    _response, feed = parse(client, "/guides/flux/", thematique="recrutement")
    assert [entry.title for entry in feed.entries] == ["Guide ancien"]
    assert "Recrutement" in feed.feed.title
    _response, feed = parse(client, "/recherche/flux/atom/", q="guide", tri="pertinence", page="9")
    assert {entry.title for entry in feed.entries} == {"Guide récent", "Guide ancien"}


def test_bad_feed_parameters_are_not_an_error(client, library):
    for params in ({"thematique": "inconnue"}, {"page": "x", "tri": "nimporte"}, {"q": "a" * 500}):
        assert client.get("/recherche/flux/", params).status_code == 200


def test_a_feed_costs_a_few_queries_whatever_its_length(client, library, django_assert_max_num_queries):
    client.get("/flux/")  # the site cache filled once
    with django_assert_max_num_queries(4):
        client.get("/flux/")
    with django_assert_max_num_queries(12):
        client.get("/guides/flux/")
