"""The site's Redis cache backend: Django's own `RedisCache`, made cheap per operation and tolerant
of Redis being away.

- One `redis.Redis` client per connection pool (Django's backend builds a new client for every
  operation), holding a single connection: Django keeps one backend per thread, so the pool's
  bookkeeping on every command (a lock, a readiness poll, metrics) buys nothing. redis-py drops
  that connection on any error in a command (and connects again on the next one); a forked
  process starts with clients of its own.
- No key validation: Django's only warns about keys memcached would refuse; Redis takes any key.
- A Redis that refuses connections or does not answer within the socket timeouts of OPTIONS
  (`socket_connect_timeout`, `socket_timeout`: config/settings/cache.py) is a cache miss: reads
  return their default, writes are dropped, and for `RETRY_SECONDS` after a failure the process
  does not even try, so a Redis that hangs costs one timeout per interval, not one per lookup.
- The failure is logged once per `LOG_SECONDS` (with the number of operations skipped since the
  last report), and once more when Redis answers again.
- `failures()` counts the failures of this process: `core.site_cache` starts a new content
  generation after an outage, because a change made while Redis was away may not have reached it.
- `watch(key)`: the process's `GenerationWatch` of one key (core/generation_watch.py), which Redis
  tells when the key changes, shared by the process's threads.

Why not django-redis: it brings a pooled client and `IGNORE_EXCEPTIONS` too, but it logs every
ignored exception (or none), tries Redis again on every operation (a Redis that hangs costs a
timeout per lookup) and does not tell its caller that a failure happened, which the site cache needs
to stay fresh afterwards; Django's own backend, maintained with Django, needs only these lines.
"""

import functools
import logging
import os
import threading
import time

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from core.generation_watch import GenerationWatch

logger = logging.getLogger(__name__)

RETRY_SECONDS = 1.0
LOG_SECONDS = 60.0
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class PooledRedisCacheClient(RedisCacheClient):
    """Django's client, keeping one single-connection `redis.Redis` object per server instead of
    one per operation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._pid = os.getpid()

    def get_client(self, key=None, *, write=False):
        if self._pid != os.getpid():  # forked: the parent's connections are not this process's
            self._clients, self._pools, self._pid = {}, {}, os.getpid()
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(self._servers[index], **self._pool_options)
            client = self._client(connection_pool=self._pools[index], single_connection_client=True)
            self._clients[index] = client
        return client


class Health:
    """What this process knows of one Redis server (shared by the threads' backend instances)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.retry_at = 0.0
        self.failing = False
        self.failures = 0
        self.skipped = 0
        self.logged_at = None

    def may_try(self):
        if time.monotonic() >= self.retry_at:
            return True
        self.skipped += 1
        return False

    def failed(self, location, error):
        now = time.monotonic()
        with self.lock:
            self.retry_at = now + RETRY_SECONDS
            self.failing = True
            self.failures += 1
            if self.logged_at is not None and now - self.logged_at < LOG_SECONDS:
                return
            self.logged_at = now
            skipped, self.skipped = self.skipped, 0
        logger.warning(
            "Cache server %s unreachable (%s): pages are built from the database; "
            "%d cache operations skipped since the last report.",
            location,
            error,
            skipped,
        )

    def succeeded(self, location):
        with self.lock:
            if not self.failing:
                return
            self.failing = False
        logger.warning("Cache server %s reachable again.", location)


_health = {}
_health_lock = threading.Lock()
_watches = {}


def _tolerant(fallback):
    """Runs the operation unless Redis failed a moment ago; a failure gives `fallback(*args)`."""

    def decorator(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            health = self.health
            if health.may_try():
                try:
                    result = method(self, *args, **kwargs)
                except UNREACHABLE as error:
                    health.failed(self.location, error)
                else:
                    if health.failing:
                        health.succeeded(self.location)
                    return result
            return fallback(*args, **kwargs)

        return wrapper

    return decorator


def _default(key, default=None, *args, **kwargs):
    return default


def _constant(value):
    return lambda *args, **kwargs: value


def _all_keys(data, *args, **kwargs):
    return list(data)


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledRedisCacheClient
        self.location = self._servers[0].rsplit("@", 1)[-1]  # never the password
        with _health_lock:
            self.health = _health.setdefault(tuple(self._servers), Health())

    def validate_key(self, key):
        """Django warns about keys memcached would refuse (long, with spaces); Redis takes them."""

    @property
    def reachable(self):
        """False while Redis is given a rest after a failure: every operation is then a miss."""
        return time.monotonic() >= self.health.retry_at

    def failures(self):
        """How many operations of this process failed to reach Redis since it started."""
        return self.health.failures

    def watch(self, key):
        """The process's watch of this key on the primary server, or None for a server it cannot
        reach with a plain socket (TLS, a Unix socket)."""
        server = self._servers[0]
        made = self.make_key(key)
        watch = _watches.get((server, made), False)
        if watch is False:
            with _health_lock:
                if not server.startswith("redis://"):
                    watch = None
                else:
                    options = self._options
                    watch = GenerationWatch(
                        server,
                        made,
                        connect_timeout=options.get("socket_connect_timeout") or 0.25,
                        timeout=options.get("socket_timeout") or 0.5,
                    )
                watch = _watches.setdefault((server, made), watch)
        return watch

    get = _tolerant(_default)(DjangoRedisCache.get)
    get_many = _tolerant(_constant({}))(DjangoRedisCache.get_many)
    has_key = _tolerant(_constant(False))(DjangoRedisCache.has_key)
    add = _tolerant(_constant(False))(DjangoRedisCache.add)
    set = _tolerant(_constant(None))(DjangoRedisCache.set)
    set_many = _tolerant(_all_keys)(DjangoRedisCache.set_many)
    touch = _tolerant(_constant(False))(DjangoRedisCache.touch)
    delete = _tolerant(_constant(False))(DjangoRedisCache.delete)
    delete_many = _tolerant(_constant(None))(DjangoRedisCache.delete_many)
    # A counter Redis could not reach is not counted: None, where Django returns the new value.
    incr = _tolerant(_constant(None))(DjangoRedisCache.incr)
    clear = _tolerant(_constant(False))(DjangoRedisCache.clear)
