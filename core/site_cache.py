"""One generation number for everything the site derives from its editors' content.

Pages, site settings, taxonomy, synonyms, promotions and view restrictions change a few times a day
and are read on every request. What is built from them (the page chrome, the facets' vocabulary,
the route to the home page's children…) is cached under the current generation. Any change to one
of the watched models starts a new generation, so a stale value is never read again and old
entries simply expire.

Within a request (`request_scope()`, opened by `core.page_cache.PageCacheMiddleware` with the
generation it read, or else by `core.routing.CachedSiteMiddleware`) the generation is read once, at
its first use, and each value once: a page asks Redis for each key at most once.

With the site's Redis backend, each process does not even ask: Redis tells it when the
generation changes (`core.generation_watch`, SITE_CACHE_WATCH), and the generation it last read
serves until then, with no round trip.

When the cache is unreachable (core/redis_cache.py), the request gets a generation of its own that
nothing is cached under: everything is built from the database. Once the cache answers again, the
first request of each process that saw it fail starts a new generation, since a change made in the
meantime could not start one: nothing cached before the outage is read again.
"""

import contextvars
import functools
import time
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

GENERATION_KEY = "site-content-generation"
TIMEOUT = 24 * 60 * 60
_MISSING = object()
_UNREAD = object()
_watched = set()
_handled_failures = {}  # cache server: failures of this process already followed by a new generation


class _Scope:
    """One request's generation and the values it has already read."""

    def __init__(self):
        self.generation = _MISSING
        self.values = {}


_scope = contextvars.ContextVar("site_cache_scope", default=None)


def open_scope(generation=_MISSING):
    """From now on, reads the generation and each value at most once, until `close_scope(token)`;
    `generation`, when given, is the one just read for this request (core/page_cache.py)."""
    scope = _Scope()
    scope.generation = generation
    return _scope.set(scope)


def scope_is_open():
    return _scope.get() is not None


def close_scope(token):
    _scope.reset(token)


@contextmanager
def request_scope():
    """Reads the generation and each value at most once until the end of the block."""
    token = open_scope()
    try:
        yield
    finally:
        close_scope(token)


def _unavailable():
    """A generation no value is ever cached under (and a fragment cached under it is never read)."""
    return f"unavailable-{uuid.uuid4().hex}"


def _watch(backend):
    """The process's watch of the generation (core/generation_watch.py), or None."""
    watch = getattr(backend, "watch", None)
    return watch(GENERATION_KEY) if watch is not None and settings.SITE_CACHE_WATCH else None


def _pending_failure(backend):
    """Whether the cache failed in this process since the last new generation that followed a
    failure (always False for a backend that cannot fail)."""
    failures = getattr(backend, "failures", None)
    return failures is not None and failures() > _handled_failures.get(backend.location, 0)


def watched_generation():
    """The current generation as Redis last told this process, without a round trip; None
    when it is not watched, not known yet, or the cache failed since the last new generation."""
    backend = caches[DEFAULT_CACHE_ALIAS]
    watch = _watch(backend)
    if watch is None or _pending_failure(backend):
        return None
    return watch.known()[0]


def _read_generation():
    backend = caches[DEFAULT_CACHE_ALIAS]
    # Only the site's Redis backend (core/redis_cache.py) can be unreachable.
    failures = getattr(backend, "failures", None)
    if failures is not None:
        seen = failures()
        if seen > _handled_failures.get(backend.location, 0):
            # The cache failed in this process: a change made meanwhile may have missed its new
            # generation. Start one now, once the cache answers again.
            if not backend.reachable:
                return _unavailable()
            _bump()
            if failures() > seen:
                return _unavailable()
            _handled_failures[backend.location] = seen
    watch = _watch(backend)
    if watch is not None:
        known, epoch = watch.known()
        if known is not None:
            return known
    value = backend.get(GENERATION_KEY)
    if value is None and getattr(backend, "reachable", True):
        # A time-based start, so that a generation lost with the cache is never reused.
        backend.add(GENERATION_KEY, time.time_ns(), None)
        value = backend.get(GENERATION_KEY)
    if value is None or not getattr(backend, "reachable", True):
        return _unavailable()
    if watch is not None:
        watch.learn(value, epoch)
    return value


def generation_with(*keys):
    """The generation and the values of these raw cache keys, read in one round trip when the
    cache is healthy: `(generation, {key: value})`, a missing key absent from the dict. The page
    cache reads its entry this way; the generation is then this request's, as `generation()`."""
    scope = _scope.get()
    backend = caches[DEFAULT_CACHE_ALIAS]
    known = scope.generation if scope is not None else _MISSING
    watch = _watch(backend)
    if known is _MISSING and not _pending_failure(backend):
        watched, epoch = watch.known() if watch is not None else (None, None)
        if watched is not None:
            found = backend.get_many(list(keys)) if keys else {}
            if getattr(backend, "reachable", True):
                if scope is not None:
                    scope.generation = watched
                return watched, found
        else:
            found = backend.get_many([GENERATION_KEY, *keys])
            current = found.pop(GENERATION_KEY, None)
            if current is not None and getattr(backend, "reachable", True):
                if watch is not None:
                    watch.learn(current, epoch)
                if scope is not None:
                    scope.generation = current
                return current, found
    current = generation()
    return current, (backend.get_many(list(keys)) if keys and is_usable(current) else {})


def generation():
    scope = _scope.get()
    if scope is None:
        return _read_generation()
    if scope.generation is _MISSING:
        scope.generation = _read_generation()
    return scope.generation


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), None)
    watch = _watch(caches[DEFAULT_CACHE_ALIAS])
    if watch is not None:
        watch.forget()
        # One more round trip: by its answer, Redis has sent every watching process the news of
        # the change (core/generation_watch.py), before this request answers its writer.
        cache.has_key(GENERATION_KEY)


def new_generation(**kwargs):
    _bump()
    scope = _scope.get()
    if scope is not None:
        # The rest of this request reads the new generation.
        scope.generation = _MISSING
        scope.values.clear()


def cache_key(name, *parts):
    return _key(generation(), name, parts)


def is_usable(current):
    """Whether values may be cached under this generation (not while the cache is unreachable)."""
    return isinstance(current, int)


def _key(current, name, parts):
    return ":".join(str(part) for part in (name, current, *parts, *release()))


@functools.cache
def release():
    """`(digest,)` of the deployed static files' manifest, `()` without one (development, tests).

    Cached fragments and pages hold static file URLs, whose names carry their content's hash: the
    keys of what is cached carry the manifest's, so that a new release reads nothing an earlier
    one cached (and no page links to a stylesheet that is gone)."""
    digest = getattr(staticfiles_storage, "manifest_hash", "")
    return (digest,) if digest else ()


def prefetch(*lookups):
    """Reads the values of these `(name, *parts)` lookups in one round trip, for the `cached()`
    calls the rest of the request makes (within a request scope; else it does nothing)."""
    scope = _scope.get()
    current = generation()
    if scope is None or not is_usable(current):
        return
    keys = [_key(current, name, parts) for name, *parts in lookups]
    keys = [key for key in keys if key not in scope.values]
    if keys:
        found = cache.get_many(keys)
        for key in keys:
            scope.values[key] = found.get(key, _MISSING)


def cached(name, build, *parts, keep=None):
    """`build()` once per generation for these `parts` (None is a value like any other). With
    `keep`, a value it refuses is not stored (built again next time)."""
    current = generation()
    if not is_usable(current):
        return build()
    key = _key(current, name, parts)
    scope = _scope.get()
    value = scope.values.get(key, _UNREAD) if scope is not None else _UNREAD
    if value is _UNREAD:
        value = cache.get(key, _MISSING)
    elif value is not _MISSING:
        return value
    if value is _MISSING:
        value = build()
        if keep is not None and not keep(value):
            return value
        cache.set(key, value, TIMEOUT)
    if scope is not None:
        scope.values[key] = value
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
