"""Settings of the app servers that config/tests/test_two_app_servers.py starts: the test settings
with what several servers share for real, from the environment: PostgreSQL, Redis and the media
folder."""

import os

import dj_database_url

from config.settings.test import *  # noqa: F401,F403

DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "pairapair",
    }
}
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
