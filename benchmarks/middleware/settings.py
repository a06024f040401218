"""The production settings serving benchmarks/urls.py, with one of three middleware stacks
(BENCH_STACK): "site" (the site's own), "django" (a new Django project's) or "bare" (none).

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
STACKS = {"site": MIDDLEWARE, "django": DJANGO_PROJECT_MIDDLEWARE, "bare": []}  # noqa: F405
MIDDLEWARE = STACKS[os.environ.get("BENCH_STACK", "site")]
ROOT_URLCONF = "benchmarks.urls"
SECURE_SSL_REDIRECT = False
CACHES["default"]["KEY_PREFIX"] = "bench-middleware"  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
