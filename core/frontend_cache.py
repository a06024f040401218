"""Keeps a CDN or caching proxy in front of the site fresh (WAGTAILFRONTENDCACHE, from the environment).

Wagtail's frontend cache app purges a page's own URLs when it is published or unpublished, at
once. A page also shows in other pages: the sections above it (their listings), the home page and
its children (the latest items, the search page's default listing), the map of the regions in
both languages, the feeds, the sitemap and the open API (its listings and the page's answer).
Those and the page itself are purged here, in one `PurgeBatch`, on the same signals, once the
change is committed: a purge sent before would let the CDN fetch the old page again and keep it.
Nothing happens while no purge backend is configured.
"""

from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.signals import page_published, page_unpublished

HOME_DEPTH = 2
LISTING_URL_NAMES = ("feed_fr", "feed_en", "sitemap")
# Listings whose address follows the language (`i18n_patterns`): purged in every language.
TRANSLATED_LISTING_URL_NAMES = ("region_map",)
# The open API (api/urls.py): its listings, and the page's own answer (API_DETAIL_URL_NAME).
LISTING_URL_NAMES += tuple(f"wagtailapi_v2:{name}:listing" for name in ("pages", "documents", "images"))
API_DETAIL_URL_NAME = "wagtailapi_v2:pages:detail"


def related_urls(page):
    """The full URLs of `page` and of the pages that list it."""
    batch = PurgeBatch()
    batch.add_page(page)
    ancestors = list(page.get_ancestors().filter(depth__gte=HOME_DEPTH).specific())
    batch.add_pages(ancestors)
    home = next((ancestor for ancestor in ancestors if ancestor.depth == HOME_DEPTH), None)
    if home is not None:
        batch.add_pages(home.get_children().live().exclude(pk=page.pk).specific())
    site = page.get_site()
    if site is not None:
        paths = [(name, ()) for name in LISTING_URL_NAMES] + [(API_DETAIL_URL_NAME, (page.pk,))]
        for name, args in paths:
            try:
                batch.add_url(site.root_url + reverse(name, args=args))
            except NoReverseMatch:
                continue
        for name in TRANSLATED_LISTING_URL_NAMES:
            for code, _language in settings.LANGUAGES:
                with translation.override(code):
                    try:
                        batch.add_url(site.root_url + reverse(name))
                    except NoReverseMatch:
                        continue
    return batch


def purge_listings(sender, instance, **kwargs):
    if get_backends():
        transaction.on_commit(related_urls(instance).purge)


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(purge_listings, dispatch_uid=f"frontend_cache_listings_{id(signal)}")
