"""Bounds on expensive work: per visitor (a counter in the shared cache) and per process (slots).

`ClientRateLimit` counts a visitor's requests in a fixed window of the shared cache (Redis in
production: every worker and every app server see the same count), with an atomic `add` then
`incr`. `WorkerSlots` lets at most N threads of one process do the expensive part at once; the
others wait a little, then give up. Both say how long to wait before trying again, for a 429's
`Retry-After`. A cache that cannot be reached never refuses a visitor: the process's slots still
bound the work.
"""

import ipaddress
import logging
import math
import threading
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)
_last_warning = {"at": 0.0}
WARNING_INTERVAL = 60


def client_address(request):
    """The visitor: the header a trusted proxy sets (CLIENT_IP_HEADER; in production HTTP_X_REAL_IP,
    which deploy/nginx/pair-a-pair.conf overwrites), else REMOTE_ADDR. An IPv6 address stands for
    its /64 network, which one subscriber usually holds whole."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    value = request.META.get(header, "") if header else ""
    value = value.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "") or "unknown"
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return value[:64]
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


class Refused(Exception):
    """The work is refused for now; `retry_after` is in whole seconds."""

    def __init__(self, retry_after, reason):
        super().__init__(reason)
        self.retry_after = max(1, int(math.ceil(retry_after)))
        self.reason = reason


def _warn_once_per_interval(message, *args):
    now = time.monotonic()
    if now - _last_warning["at"] >= WARNING_INTERVAL:
        _last_warning["at"] = now
        logger.warning(message, *args)


class ClientRateLimit:
    """At most `limit` hits per visitor in each window of `window` seconds."""

    def __init__(self, name, limit, window):
        self.name = name
        self.limit = limit
        self.window = window

    def hit(self, request):
        """Counts one hit for the visitor; raises Refused past the limit."""
        if self.limit <= 0:
            return
        now = time.time()
        window_start = int(now // self.window) * self.window
        key = f"limit:{self.name}:{client_address(request)}:{window_start}"
        try:
            # add() creates the counter only if it is missing; incr() is atomic on Redis.
            cache.add(key, 0, self.window + 1)
            count = cache.incr(key)
        except ValueError:  # expired between add and incr: this hit starts the window
            cache.add(key, 1, self.window + 1)
            count = 1
        except Exception as error:  # the cache is away: never refuse a visitor for that
            _warn_once_per_interval("Limite %s non appliquée : cache injoignable (%s)", self.name, error)
            return
        if count is None:  # the site's Redis backend answers None when Redis is away
            _warn_once_per_interval("Limite %s non appliquée : cache injoignable (%s)", self.name, "incr")
            return
        if count > self.limit:
            raise Refused(window_start + self.window - now, "client")


class WorkerSlots:
    """At most `size` holders at once in this process; others wait up to `wait` seconds."""

    def __init__(self, size, wait, retry_after):
        self.size = size
        self.wait = wait
        self.retry_after = retry_after
        self._semaphore = threading.BoundedSemaphore(size)

    @contextmanager
    def slot(self):
        if self.wait > 0:
            acquired = self._semaphore.acquire(timeout=self.wait)
        else:
            acquired = self._semaphore.acquire(blocking=False)
        if not acquired:
            raise Refused(self.retry_after, "worker")
        try:
            yield
        finally:
            self._semaphore.release()
