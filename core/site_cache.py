"""One generation number for everything the site derives from its editors' content.

Pages, site settings, taxonomy, synonyms, promotions and view restrictions change a few times a day
and are read on every request. What is built from them (the page chrome, the facets' vocabulary,
the route to the home page's children…) is cached under the current generation. Any change to one
of the watched models starts a new generation, so a stale value is never read again and old
entries simply expire.
"""

import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

GENERATION_KEY = "site-content-generation"
TIMEOUT = 24 * 60 * 60
_MISSING = object()
_watched = set()


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        # A time-based start, so that a generation lost with the cache is never reused.
        cache.add(GENERATION_KEY, time.time_ns(), None)
        value = cache.get(GENERATION_KEY, 0)
    return value


def new_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), None)


def cache_key(name, *parts):
    return ":".join(str(part) for part in (name, generation(), *parts))


def cached(name, build, *parts):
    """`build()` once per generation for these `parts` (None is a value like any other)."""
    key = cache_key(name, *parts)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value


def _changed(sender, **kwargs):
    if issubclass(sender, tuple(_watched)):
        new_generation()
        # Again once the change is committed: a request that read the old rows in between
        # may have cached them under the new generation.
        transaction.on_commit(new_generation)


def watch(*models):
    """Starts a new generation whenever a row of these models (or their subclasses) changes."""
    _watched.update(models)


def connect():
    """Listens to every change; `watch()` says which models count."""
    for signal in (post_save, post_delete):
        signal.connect(_changed, dispatch_uid=f"site_cache_{id(signal)}")
    post_page_move.connect(new_generation, dispatch_uid="site_cache_page_move")
