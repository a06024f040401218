from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The browser tests inject axe-core as one inline script (Playwright's add_script_tag, which
# appends a sourceURL comment): the test policy allows exactly that script, by its hash, and
# 'unsafe-eval' for Playwright's string predicates (wait_for_function). Inline scripts and styles
# stay refused; the production policy itself is checked by config/tests/test_observatory.py.
_AXE = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"  # noqa: F405
if _AXE.exists():
    import base64
    import hashlib

    _axe_source = _AXE.read_text() + "\n//# sourceURL=" + str(_AXE)
    _axe_hash = base64.b64encode(hashlib.sha256(_axe_source.encode()).digest()).decode()
    CONTENT_SECURITY_POLICY = {  # noqa: F405
        "DIRECTIVES": {
            **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
            "script-src": ["'self'", f"'sha256-{_axe_hash}'", "'unsafe-eval'"],
        }
    }

# The full-page cache is off in the tests, which count the queries of building a page; the page
# cache's own tests (core/tests/test_page_cache*.py) turn it on with the `page_cache` fixture.
PAGE_CACHE_ENABLED = False
# Searches served from the page cache are counted by `flush_search_stats` alone (no thread), so
# that the tests see them counted when they ask (search/stats_hits.py).
SEARCH_STATS_HITS_INTERVAL = None
