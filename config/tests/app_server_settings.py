"""Settings of the app servers that config/tests/test_two_app_servers.py starts: the test settings
with what several servers share for real, from the environment: PostgreSQL, Redis and the media
folder."""

import os

import dj_database_url

from config.settings.test import *  # noqa: F401,F403

DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
CACHES = {
    "default": {
        "BACKEND": "core.redis_cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "pairapair",
        "OPTIONS": REDIS_CACHE_OPTIONS,  # noqa: F405
    }
}
# As in production: each server keeps pages in the shared cache and in its own memory, told by
# Redis when the content changes (core/generation_watch.py).
PAGE_CACHE_ENABLED = True
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
