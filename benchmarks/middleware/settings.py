"""The production settings serving benchmarks/urls.py, with one of four middleware stacks
(BENCH_STACK): "site" (the site's own: the constant view, a page like any other, is served from the
page cache after its first request), "site_uncached" (the site's own, the constant view kept out of
the page cache: every middleware runs), "django" (a new Django project's) or "bare" (none).

Needs the environment benchmarks/middleware/run.py sets: a secret key, the allowed host, a Redis
database of the benchmark's own.
"""

import os

from config.settings.production import *  # noqa: F401,F403

DJANGO_PROJECT_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
STACKS = {
    "bare": [],
    "django": DJANGO_PROJECT_MIDDLEWARE,
    "site": MIDDLEWARE,  # noqa: F405
    "site_uncached": MIDDLEWARE,  # noqa: F405
}
CONSTANT_PATH = "/__banc-d-essai__/constante/"
# The constant view outside the page cache (the "site_uncached" stack).
UNCACHED_PATHS = (*PAGE_CACHE_EXCLUDED_PATHS, CONSTANT_PATH)  # noqa: F405
MIDDLEWARE = STACKS[os.environ.get("BENCH_STACK", "site")]
if os.environ.get("BENCH_STACK") == "site_uncached":
    PAGE_CACHE_EXCLUDED_PATHS = UNCACHED_PATHS
ROOT_URLCONF = "benchmarks.urls"
SECURE_SSL_REDIRECT = False
CACHES["default"]["KEY_PREFIX"] = "bench-middleware"  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
