"""Settings of the cache, imported by base.py: Redis when REDIS_URL is set (core/redis_cache.py),
otherwise memory of the process, and the search statistics counted in it (search/stats.py)."""

import os

from .environment import env_bool

# Cache: Redis when REDIS_URL is set, otherwise memory of the process.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Redis answers in well under a millisecond: one that takes longer is treated as away.
REDIS_CACHE_OPTIONS = {
    "socket_connect_timeout": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.25")),
    "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
}
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's backend with one client per pool; an unreachable Redis is a cache miss,
            # logged once a minute (core/redis_cache.py).
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "pairapair",
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# With Redis, each process is told when the content generation changes instead of reading it on
# every request (core/generation_watch.py).
SITE_CACHE_WATCH = env_bool("SITE_CACHE_WATCH", True)

# Search statistics (search/stats.py): counted in this cache, added to the daily rows by
# `manage.py flush_search_stats` (cron) and at most every SEARCH_STATS_FLUSH_INTERVAL seconds by a
# background task; rows older than SEARCH_STATS_RETENTION_DAYS are deleted.
SEARCH_STATS_CACHE = "default"
SEARCH_STATS_FLUSH_INTERVAL = int(os.environ.get("SEARCH_STATS_FLUSH_INTERVAL", str(10 * 60)))
SEARCH_STATS_RETENTION_DAYS = int(os.environ.get("SEARCH_STATS_RETENTION_DAYS", "395"))
SEARCH_STATS_MAX_QUERIES_PER_CLIENT = 20
SEARCH_STATS_MAX_REPEATS_PER_CLIENT = 3
SEARCH_STATS_MAX_QUERIES_PER_DAY = 5000
# Searches served from the page cache are counted by a thread of each process, this often
# (seconds; search/stats_hits.py).
SEARCH_STATS_HITS_INTERVAL = float(os.environ.get("SEARCH_STATS_HITS_INTERVAL", "1"))
