"""Whole responses for anonymous readers, kept in Django's cache under the site's content generation.

`PageCacheMiddleware` sits right after WhiteNoise, before the session, the locale, the site lookup
and CSRF: a hit reads the generation and the entry in one round trip (`site_cache.generation_with`)
and touches neither the database nor the session, so it is served while PostgreSQL is down. What is stored:

- GET (and HEAD, answered from the GET entry) by a reader without a session cookie, outside the
  admin and the documents;
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

A cache that cannot be reached is bypassed (the page is built as if there were no page cache) and
logged at most once a minute: a cache failure is never a site failure.
"""

import hashlib
import logging
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.translation import get_language_from_path
from wagtail import hooks

from core import site_cache

logger = logging.getLogger(__name__)

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


def page_key(request):
    """The cache key of this request's response, or None when the URL is too long to be cached."""
    query = normalised_query(request) if request.META.get("QUERY_STRING") else ""
    if len(request.path) + len(query) > MAX_URL_LENGTH:
        return None
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page:{language}:{digest}", language, bool(query)


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


def _from_entry(request, entry):
    headers, content = entry
    response = HttpResponse(b"" if request.method == "HEAD" else content, headers=headers)
    return get_conditional_response(request, etag=response["ETag"], response=response)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED:
            return self.get_response(request)
        if not _eligible_request(request):
            return self._uncached(request, self.get_response(request))
        # An unknown host raises DisallowedHost here, a 400 as it would be further down.
        found = page_key(request)
        if found is None:
            return self._uncached(request, self.get_response(request))
        key, language, has_query = found
        try:
            # One round trip: the generation and the entry, which holds the generation it was
            # built under (a new generation makes every older entry a miss).
            generation, values = site_cache.generation_with(key)
        except Exception as error:  # any cache failure: build the page without the page cache
            _warn("Page cache unreachable", error)
            return self._uncached(request, self.get_response(request))
        if not site_cache.is_usable(generation):
            return self._uncached(request, self.get_response(request))
        entry = values.get(key)
        if entry is not None and entry[0] == generation:
            request.LANGUAGE_CODE = language
            for hook in hooks.get_hooks(HIT_HOOK):
                hook(request)
            return _from_entry(request, entry[1:])

        response = self.get_response(request)
        if not _storable(request, response):
            return self._uncached(request, response)
        _set_public_headers(response, has_query)
        if request.method == "GET":
            stored = [(name, value) for name, value in response.items()]
            stored.append((STATUS_HEADER, "hit"))
            try:
                cache.set(key, (generation, stored, response.content), settings.PAGE_CACHE_TIMEOUT)
            except Exception as error:
                _warn("Page cache unreachable", error)
        response[STATUS_HEADER] = "miss"
        return get_conditional_response(request, etag=response["ETag"], response=response)

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
