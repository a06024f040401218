"""Settings of the HTTP layer, imported by base.py: security headers (config/security_headers.py),
the full-page cache for anonymous readers (core/page_cache.py) and a CDN in front of the site."""

import os

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from .environment import env_bool, env_list

# Content-Security-Policy (config/security_headers.py): no inline script or style on the site;
# the admin, which needs them, gets its own policy under /admin/ only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "worker-src": [SELF, "blob:"],
        "object-src": [NONE],
        "form-action": [SELF],
        # The admin's preview panel shows the page inside the admin.
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
    }
}
# Browser features no page of the site uses.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
        "browsing-topics",
    )
}
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"

# Full-page cache for anonymous readers (core/page_cache.py), in the cache above, under the site
# cache's content generation. PAGE_CACHE=off turns it off.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", str(60 * 60)))
# Each process also keeps the entries it read last, up to this many megabytes, while the
# generation they were built under is the one Redis says is current (SITE_CACHE_WATCH).
PAGE_CACHE_MEMORY_MB = float(os.environ.get("PAGE_CACHE_MEMORY_MB", "16"))
# Query parameters that change a page (the search and listing parameters of the URL contract, the
# home page's untranslated notice); any other (utm_*, fbclid…) is left out of the cache key.
PAGE_CACHE_QUERY_PARAMETERS = frozenset(
    {"q", "type", "thematique", "public", "structure", "poste", "region", "annee", "tri", "page"}
    | {"format", "untranslated"}
    | {"sans_correction"}  # the search page's "search instead for what I typed"
    | {"avis"}  # a library page's thank-you for the reader's feedback (feedback_tags: never stored)
    # The open API's own parameters (api/endpoints.py; a test checks that none is missing).
    | {"limit", "offset", "fields", "order", "rich_text_format", "locale", "translation_of"}
    | {"id", "html_path"}
)
PAGE_CACHE_EXCLUDED_PATHS = ("/admin/", "/documents/", "/_protected-media/", "/static/", "/media/")

# A CDN or caching proxy in front, purged by Wagtail's frontend cache when a page is published,
# unpublished, deleted or moved (core/frontend_cache.py): an HTTP PURGE endpoint (Varnish, nginx…) with
# FRONTEND_CACHE_PURGE_URL, or Cloudflare with FRONTEND_CACHE_CLOUDFLARE_ZONE_ID and
# FRONTEND_CACHE_CLOUDFLARE_TOKEN; none when unset. FRONTEND_CACHE_HOSTNAMES limits them to hosts.
WAGTAILFRONTENDCACHE = {}
_frontend_cache_hostnames = env_list("FRONTEND_CACHE_HOSTNAMES")
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN", ""),
    }
if _frontend_cache_hostnames:
    for _backend in WAGTAILFRONTENDCACHE.values():
        _backend["HOSTNAMES"] = _frontend_cache_hostnames
# Each URL already names its language (French at /, English under /en/): no per-language copies.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# How long a CDN keeps a page it is told to purge (s-maxage); a search state, never purged, at
# most PAGE_CACHE_SHARED_MAX_AGE_QUERY. Without a purge backend, shared caches keep nothing.
PAGE_CACHE_SHARED_MAX_AGE = int(
    os.environ.get("FRONTEND_CACHE_MAX_AGE", "600" if WAGTAILFRONTENDCACHE else "0")
)
PAGE_CACHE_SHARED_MAX_AGE_QUERY = 60
