"""Keeps a CDN or caching proxy in front of the site fresh (WAGTAILFRONTENDCACHE, from the environment).

Wagtail's frontend cache app purges a page's own URLs when it is published or unpublished, at
once. A page also shows in other pages: the sections above it (their listings), the home page and
its children (the latest items, the search page's default listing), the map of the regions in
both languages, the feeds, the sitemap and the open API (its listings and the page's answer).
Those and the page itself are purged here once the change is committed (a purge sent before would
let the CDN fetch the old page again and keep it), in one `PurgeBatch` per transaction, whatever
it changed:

- a page published or unpublished;
- a page deleted: Wagtail unpublishes every live page it deletes (its descendants too) just before,
  so they are purged as unpublished pages, with what listed them;
- a page moved (or reordered among its siblings): the old and the new URLs of the page and of its
  live descendants, and the listings of its old and of its new place.

The URLs of a page are read when the signal comes (a deleted page's row is gone at commit time);
the pages that list it are looked up once, at commit, in one query. Nothing happens while no
purge backend is configured.
"""

import copy
import threading

from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

HOME_DEPTH = 2
LISTING_URL_NAMES = ("feed_fr", "feed_en", "sitemap")
# Listings whose address follows the language (`i18n_patterns`): purged in every language.
TRANSLATED_LISTING_URL_NAMES = ("region_map",)
# The open API (api/urls.py): its listings, and the page's own answer (API_DETAIL_URL_NAME).
LISTING_URL_NAMES += tuple(f"wagtailapi_v2:{name}:listing" for name in ("pages", "documents", "images"))
API_DETAIL_URL_NAME = "wagtailapi_v2:pages:detail"


class _Pending(threading.local):
    """What this thread's transaction has changed so far."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.batch = PurgeBatch()
        self.section_paths = set()
        self.root_urls = set()


_pending = _Pending()


def _paths_above(path):
    """The tree paths of the pages above `path`, from the home page down."""
    step = Page.steplen
    return {path[:end] for end in range(step * HOME_DEPTH, len(path), step)}


def _add_page(batch, page):
    """The page's own URLs and its site's root URL (for the feeds and the sitemap)."""
    batch.add_page(page)
    url_parts = page.get_url_parts(request=batch)  # the batch keeps the sites' root paths
    root_url = url_parts[1] if url_parts else None
    if root_url:
        _add_url(batch, root_url, API_DETAIL_URL_NAME, (page.pk,))
    return root_url


def _add_url(batch, root_url, name, args=()):
    try:
        batch.add_url(root_url + reverse(name, args=args))
    except NoReverseMatch:
        pass


def add_changed_page(page, section_paths=()):
    """Queues the purge of `page`, of the pages above it and of `section_paths` (pages whose
    listings changed too), for when the transaction is committed."""
    if root_url := _add_page(_pending.batch, page):
        _pending.root_urls.add(root_url)
    _pending.section_paths |= _paths_above(page.path) | set(section_paths)
    # The first callback of the transaction purges everything queued; any other finds nothing.
    transaction.on_commit(purge_pending, robust=True)


def listing_urls(batch, section_paths, root_urls):
    """Adds the sections at these paths that still exist, the home pages' live children, the
    feeds and the sitemap of these sites."""
    found = Page.objects.filter(path__in=section_paths, depth__gte=HOME_DEPTH) if section_paths else []
    sections = list(found.specific()) if found else []
    batch.add_pages(sections)
    for home in (section for section in sections if section.depth == HOME_DEPTH):
        batch.add_pages(home.get_children().live().specific())
    for root_url in root_urls:
        for name in LISTING_URL_NAMES:
            _add_url(batch, root_url, name)
        for name in TRANSLATED_LISTING_URL_NAMES:
            for code, _language in settings.LANGUAGES:
                with translation.override(code):
                    _add_url(batch, root_url, name)
    return batch


def purge_pending():
    batch, section_paths, root_urls = _pending.batch, _pending.section_paths, _pending.root_urls
    _pending.reset()
    if batch.urls or section_paths:
        listing_urls(batch, section_paths, root_urls).purge()


def related_urls(page):
    """The full URLs of `page` and of the pages that list it (what a change of it purges)."""
    batch = PurgeBatch()
    root_url = _add_page(batch, page)
    return listing_urls(batch, _paths_above(page.path), [root_url] if root_url else [])


def purge_listings(sender, instance, **kwargs):
    """Published or unpublished (a deleted live page is unpublished first, by Wagtail)."""
    if get_backends():
        add_changed_page(instance)


def purge_moved_page(sender, instance, parent_page_before, url_path_before, url_path_after, **kwargs):
    if not get_backends():
        return
    # The old parent's path as it is now (a move to a position among its siblings may shift it).
    before = Page.objects.filter(pk=parent_page_before.pk).values_list("path", flat=True).first()
    old_place = (_paths_above(before) | {before}) if before else set()
    for page in instance.get_descendants(inclusive=True).live().specific():
        add_changed_page(page, old_place)
        if page.url_path.startswith(url_path_after):
            old = copy.copy(page)
            old.url_path = url_path_before + page.url_path[len(url_path_after) :]
            _add_page(_pending.batch, old)


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(purge_listings, dispatch_uid=f"frontend_cache_listings_{id(signal)}")
    post_page_move.connect(purge_moved_page, dispatch_uid="frontend_cache_moved_page")
