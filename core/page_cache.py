"""Whole responses for anonymous readers, kept in Django's cache under the site's content generation.

`PageCacheMiddleware` comes first, before the security headers, WhiteNoise, the session, the locale,
the site lookup and CSRF: a hit reads the generation and the entry in one round trip
(`site_cache.generation_with`) and runs no other middleware, touching neither the database nor the
session, so it is served while PostgreSQL is down. An entry keeps the whole response the stack
built, the security headers included (CSP, Permissions-Policy, HSTS…): a policy is stored only
when it holds no nonce, so the same headers are right for every reader. What is stored:

- GET (and HEAD, answered from the GET entry) by a reader without a session cookie, outside the
  admin and the documents, and over HTTPS when SECURE_SSL_REDIRECT sends HTTP there;
- a 200, not streamed, of a page type (HTML, JSON, RSS, sitemap, plain text);
- nothing that sets a cookie, used a CSRF token or a CSP nonce, is a preview, a page under a view
  restriction, or that its view marked `private`, `no-store` or `no-cache`.

Each entry holds the generation it was built under (`core.site_cache`: any content change starts a
new one, so an edited, unpublished or withdrawn page is never served again from an older entry, and
the next reader's build replaces it). The key is the language, the scheme and host, the path and
the query string normalised: parameters the site reads only (PAGE_CACHE_QUERY_PARAMETERS; utm_*
and the like are dropped), empty values dropped, pairs sorted.
Each response type gets its `Cache-Control`, `Vary` and validators here (docs/performance.md); a
CDN in front is purged by `core.frontend_cache`.

With the site's Redis cache, each process also keeps the entries it read or stored last in its
own memory (`MemoryEntries`, PAGE_CACHE_MEMORY_MB), each with the generation it was built under:
while Redis has not told the process of a new generation (`site_cache.watched_generation`), such
an entry is served with no round trip at all.

A cache that cannot be reached is bypassed (the page is built as if there were no page cache) and
logged at most once a minute: a cache failure is never a site failure.
"""

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost, SuspiciousOperation
from django.http import HttpResponse
from django.http.response import ResponseHeaders
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.datastructures import CaseInsensitiveMapping
from wagtail import hooks

from core import site_cache
from core.locale import language_from_path

logger = logging.getLogger(__name__)

# Called with each request answered from the cache (`request.LANGUAGE_CODE` set; no session, user
# or site on it): keep it short, it runs before the response is sent.
HIT_HOOK = "page_cache_hit"
STATUS_HEADER = "X-Page-Cache"
CACHEABLE_TYPES = frozenset(
    {
        "text/html",
        "application/json",
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
        "text/plain",
    }
)
# Headers a response may vary on and still be stored: the language comes from the path alone
# (LocaleMiddleware adds Accept-Language to unprefixed French URLs all the same).
ALLOWED_VARY = frozenset({"cookie", "accept-language", "accept-encoding"})
REFUSED_CACHE_CONTROL = ("private", "no-store", "no-cache")
# Besides the session's: messages waiting for this reader (django.contrib.messages' cookie storage).
PERSONAL_COOKIES = ("messages",)
MAX_URL_LENGTH = 2048
# The request headers that can make a stored page a 304 or a 412 (get_conditional_response).
CONDITIONAL_HEADERS = (
    "HTTP_IF_MATCH",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_UNMODIFIED_SINCE",
)
WARNING_INTERVAL = 60
_EXEMPT = "_page_cache_exempt"
_last_warning = 0.0


def exempt(request):
    """Keeps the response to `request` out of the page cache (a restricted page, a personal answer)."""
    setattr(request, _EXEMPT, True)


def normalised_query(request):
    """The query string as the cache sees it: known parameters, non-empty values, sorted pairs."""
    known = settings.PAGE_CACHE_QUERY_PARAMETERS
    pairs = {
        (name, value)
        for name, values in request.GET.lists()
        if name in known
        for value in values
        if value.strip()
    }
    return urlencode(sorted(pairs))


def raw_host(request):
    """The host the request names, as `request.get_host()` reads it, without checking it against
    ALLOWED_HOSTS: an entry is only ever stored for a checked host (`PageCacheMiddleware`
    checks it before storing), so an unknown host finds nothing and is refused further down."""
    meta = request.META
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in meta:
        return meta["HTTP_X_FORWARDED_HOST"]
    return meta.get("HTTP_HOST") or request.get_host()


def page_key(request):
    """The cache key of this request's response, or None when the URL is too long to be cached."""
    query = normalised_query(request) if request.META.get("QUERY_STRING") else ""
    path = request.path
    if len(path) + len(query) > MAX_URL_LENGTH:
        return None
    language = language_from_path(request.path_info) or settings.LANGUAGE_CODE
    url = f"{request.scheme}://{raw_host(request)}{path}?{query}"
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()
    return ":".join(("page", language, digest, *site_cache.release())), language, bool(query)


def _warn(message, error):
    global _last_warning
    now = time.monotonic()
    if now - _last_warning >= WARNING_INTERVAL:
        _last_warning = now
        logger.warning("%s: %r (page cache bypassed)", message, error)


def _eligible_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path_info.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS)
        # Redirected to HTTPS by SecurityMiddleware, further down.
        and not (settings.SECURE_SSL_REDIRECT and not request.is_secure())
    )


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if response.get("Content-Type", "").split(";", 1)[0].strip() not in CACHEABLE_TYPES:
        return False
    if (
        getattr(request, _EXEMPT, False)
        or getattr(request, "is_preview", False)
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        # A nonce is new on every response: a body carrying one cannot be served twice.
        or isinstance(getattr(request, "_csp_nonce", None), str)
        # A policy of the view's own (django-csp decorators) is applied later, from the response.
        or any(name.startswith("_csp") for name in vars(response))
    ):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in REFUSED_CACHE_CONTROL):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    return vary <= ALLOWED_VARY


def _set_public_headers(response, has_query):
    """Browsers revalidate each time (ETag → 304); a CDN keeps a page it is told to
    purge for PAGE_CACHE_SHARED_MAX_AGE, a search state (never purged) for at most a minute."""
    shared = settings.PAGE_CACHE_SHARED_MAX_AGE
    if has_query:
        shared = min(shared, settings.PAGE_CACHE_SHARED_MAX_AGE_QUERY)
    del response["Cache-Control"]
    directives = {"public": True, "max_age": 0, "must_revalidate": True}
    if shared > 0:
        directives["s_maxage"] = shared
    patch_cache_control(response, **directives)
    # A reader with a session (an editor) gets another page: no shared cache may give them this one.
    response["Vary"] = "Cookie"
    # A strong validator from the body itself. No Last-Modified: the middleware does not know when
    # a page's content last changed, and the time it was built would let a page edited within the
    # same second answer 304 to a reader holding the older one.
    response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'


class StoredHeaders(ResponseHeaders):
    """The headers of a stored response, which Django checked (ASCII names, Latin-1 values, no
    newline) when they were first set: taken as they are, not checked again on every hit."""

    def __init__(self, data):
        CaseInsensitiveMapping.__init__(self, data)


def _from_entry(request, entry):
    headers, content = entry
    response = HttpResponse(b"" if request.method == "HEAD" else content)
    response.headers = StoredHeaders(headers)
    if any(name in request.META for name in CONDITIONAL_HEADERS):
        return get_conditional_response(request, etag=response["ETag"], response=response)
    return response


class MemoryEntries:
    """The entries a process read or stored last, all of one generation, least recently used
    dropped first beyond `PAGE_CACHE_MEMORY_MB`, none kept past `PAGE_CACHE_TIMEOUT` after it was
    built (as in the shared cache); shared by the process's threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.generation = None
        self.entries = OrderedDict()
        self.size = 0

    def get(self, key, generation):
        """The entry of `key` if it was built under `generation`, the current one."""
        with self.lock:
            if generation != self.generation:  # every entry kept is older: none is read again
                self.generation, self.size = generation, 0
                self.entries.clear()
                return None
            found = self.entries.get(key)
            if found is None:
                return None
            if found[1] <= time.time():
                self.size -= found[0]
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return found[2]

    def put(self, key, entry):
        limit = settings.PAGE_CACHE_MEMORY_MB * 1024 * 1024
        size = len(entry[2]) + 1024
        # When it was built (an entry stored before the time was kept in it: now).
        built = entry[3] if len(entry) > 3 else time.time()
        if size > limit / 8:
            return
        with self.lock:
            if entry[0] != self.generation:
                return
            previous = self.entries.pop(key, None)
            if previous is not None:
                self.size -= previous[0]
            self.entries[key] = size, built + settings.PAGE_CACHE_TIMEOUT, entry
            self.size += size
            while self.size > limit:
                self.size -= self.entries.popitem(last=False)[1][0]


_memory = MemoryEntries()


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED:
            return self.get_response(request)
        if not _eligible_request(request):
            return self._uncached(request, self.get_response(request))
        try:
            found = page_key(request)
        except SuspiciousOperation:  # too many parameters, a missing host: refused further down
            found = None
        if found is None:
            return self._uncached(request, self.get_response(request))
        key, language, has_query = found
        try:
            watched = site_cache.watched_generation()
            entry = _memory.get(key, watched) if watched is not None else None
            if entry is not None:  # no round trip at all
                return self._hit(request, language, entry)
            # One round trip: the generation (unless Redis keeps this process told of it) and
            # the entry, which holds the generation it was built under (a new generation makes
            # every older entry a miss).
            generation, values = site_cache.generation_with(key)
        except Exception as error:  # any cache failure: build the page without the page cache
            _warn("Page cache unreachable", error)
            return self._uncached(request, self.get_response(request))
        entry = values.get(key)
        if entry is not None and entry[0] == generation:
            _memory.put(key, entry)
            return self._hit(request, language, entry)

        # The rest of the request reads the site cache under the generation just read, without
        # asking for it again.
        scope = site_cache.open_scope(generation)
        try:
            response = self.get_response(request)
        finally:
            site_cache.close_scope(scope)
        if not site_cache.is_usable(generation) or not _storable(request, response):
            return self._uncached(request, response)
        try:
            request.get_host()  # the hits looked their key up with the host unchecked
        except DisallowedHost:
            return self._uncached(request, response)
        _set_public_headers(response, has_query)
        if request.method == "GET":
            stored = dict(response.items())
            stored[STATUS_HEADER] = "hit"
            entry = (generation, stored, response.content, time.time())
            try:
                cache.set(key, entry, settings.PAGE_CACHE_TIMEOUT)
            except Exception as error:
                _warn("Page cache unreachable", error)
            else:
                _memory.put(key, entry)
        response[STATUS_HEADER] = "miss"
        return get_conditional_response(request, etag=response["ETag"], response=response)

    @staticmethod
    def _hit(request, language, entry):
        request.LANGUAGE_CODE = language
        for hook in hooks.get_hooks(HIT_HOOK):
            hook(request)
        return _from_entry(request, entry[1:3])

    @staticmethod
    def _uncached(request, response):
        """A page that was not stored: no shared cache may keep it either."""
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
            and response.get("Content-Type", "").split(";", 1)[0].strip() in CACHEABLE_TYPES
        ):
            patch_cache_control(response, private=True, no_cache=True)
        return response
