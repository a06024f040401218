"""RSS and Atom feeds of library content, built on Django's syndication framework.

The site-wide feeds (`/flux/`, `/en/feed/`, with `atom/` for Atom) list the newest pages of one
language. A section or a search state has its own feeds at its address plus the same suffix
(`/guides/flux/?thematique=recrutement`): the search app builds a `FeedSource` from the listing's
own search and hands it to the same feed class. Only live public pages are ever listed (withdrawn
testimonies are unpublished, drafts are not live, restricted pages are not public).

Dates are the pages' own: the publication date shown to readers (`pubDate`, Atom `published`) and
the last publication (Atom `updated`), never the moment the page rows were written.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.models import Locale

from library.models import LibraryPage

FEED_SIZE = 30
SITE_NAME = "Pair à pair"
# The path suffix that turns a listing's address into its feed, per language; `atom/` after it.
FEED_SUFFIXES = {"fr": "flux/", "en": "feed/"}
ATOM_SUFFIX = "atom/"


def feed_suffix(language_code):
    return FEED_SUFFIXES.get(language_code, FEED_SUFFIXES["fr"])


@dataclass
class FeedSource:
    """What one feed lists: its title, the listing it follows, its language and its pages."""

    title: str
    link: str
    language: str
    items: list = field(default_factory=list)
    description: str = ""


def publication_datetime(page):
    """The page's publication date as an aware datetime: noon in the site's time zone, so that the
    day stays the same in every reader's time zone."""
    moment = datetime.datetime.combine(page.publication_date, datetime.time(12))
    return timezone.make_aware(moment, timezone.get_default_timezone())


def update_datetime(page):
    """The last publication, never earlier than the publication date readers see."""
    published = publication_datetime(page)
    last = page.last_published_at or page.first_published_at
    return max(last, published) if last else published


def latest_pages(language_code, limit=FEED_SIZE):
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return []
    return list(
        LibraryPage.objects.live().public().filter(locale=locale).order_by("-publication_date", "-pk")[:limit]
    )


def site_source(language_code):
    with translation.override(language_code):
        return FeedSource(
            title=f"{SITE_NAME} — {translation.gettext('nouveautés')}",
            link="/en/" if language_code == "en" else "/",
            language=language_code,
            items=latest_pages(language_code),
            description=translation.gettext(
                "Les derniers guides, témoignages et fiches de poste sur le travail pair."
            ),
        )


class LibraryFeed(Feed):
    """One feed of library pages; RSS 2.0 by default, Atom 1.0 with `feed_type=Atom1Feed`.

    Called as a view with no argument, it lists the newest pages of `language_code`; called with a
    `source` (a FeedSource), it lists that source's pages.
    """

    feed_type = Rss201rev2Feed
    language_code = "fr"

    def __init__(self, feed_type=None, language_code=None):
        super().__init__()
        if feed_type is not None:
            self.feed_type = feed_type
        if language_code is not None:
            self.language_code = language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        source = kwargs.get("source")
        language = source.language if source else self.language_code
        with translation.override(language):
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request, source=None):
        return source or site_source(self.language_code)

    def title(self, source):
        return source.title

    def description(self, source):
        return source.description or source.title

    def subtitle(self, source):
        return self.description(source)

    def link(self, source):
        return source.link

    def feed_url(self, source):
        return self.request.get_full_path()

    def items(self, source):
        return source.items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return publication_datetime(item)

    def item_updateddate(self, item):
        return update_datetime(item)

    def item_categories(self, item):
        return [item.get_resource_type_display()]


def site_feed(language_code, atom=False):
    return LibraryFeed(feed_type=Atom1Feed if atom else Rss201rev2Feed, language_code=language_code)
