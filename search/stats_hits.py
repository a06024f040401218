"""Searches served from the page cache, counted after their responses.

A hit costs its reader no round trip to the cache: the `page_cache_hit` hook keeps, in this
process's memory, what counting it needs (the path, the query string, the headers that name the
host and the reader's address) and how many times. A thread of the process counts
the hits waiting every SEARCH_STATS_HITS_INTERVAL seconds, as the search view counts a search
(`search.stats`: the view's note for the page, the reader's share, the day's pending counts);
`flush_search_stats` counts them first, so a report or the cron sees them. What waits is bounded
(MAX_WAITING different hits; beyond, a hit is not counted and that is logged), and a process that
stops counts what waits on its way out. A hit counts for the day it is counted on: at midnight,
the last second's hits may count for the new day.
"""

import atexit
import logging
import os
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import close_old_connections
from django.http import HttpRequest, QueryDict
from django.utils import timezone

from search.stats import (
    BATCH_KEY,
    ThrottledWarning,
    _count,
    _countable,
    is_new_search,
    note_key,
    setting,
    share_keys,
    stats_cache,
    warn_cache_failure,
)
from search.text import clean_query

logger = logging.getLogger(__name__)

MAX_WAITING = 10_000
# What `is_new_search`, `note_key` and `share_keys` read of a request, besides its path.
_HOST_HEADERS = ("HTTP_HOST", "HTTP_X_FORWARDED_HOST", "SERVER_NAME", "SERVER_PORT")
_UPDATE_META = "HTTP_X_SEARCH_UPDATE"
warn_dropped = ThrottledWarning(60)


class WaitingHits:
    """The hits of this process not counted yet: {(path, META items): times}."""

    def __init__(self):
        self.lock = threading.Lock()
        self.hits = Counter()
        self.pid = None
        self.dropped = 0

    def add(self, hit):
        with self.lock:
            if self.pid != os.getpid():  # forked: the parent's hits and thread are not this process's
                self.pid, self.hits, self.dropped = os.getpid(), Counter(), 0
                _start_counting(self)
            if hit not in self.hits and len(self.hits) >= MAX_WAITING:
                self.dropped += 1
                return
            self.hits[hit] += 1

    def take(self):
        with self.lock:
            hits, self.hits = self.hits, Counter()
            dropped, self.dropped = self.dropped, 0
        if dropped:
            warn_dropped("Recherches non comptées : %d résultats servis depuis le cache en trop.", dropped)
        return hits


_waiting = WaitingHits()


def _meta_names():
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    return ("QUERY_STRING", "REMOTE_ADDR", _UPDATE_META, *_HOST_HEADERS, *((header,) if header else ()))


def keep_search_hit(request):
    """The `page_cache_hit` hook: a page served from the cache that may be a search, kept to be
    counted after its response."""
    meta = request.META
    query_string = meta.get("QUERY_STRING", "")
    if "q=" not in query_string:
        return
    items = tuple((name, meta[name]) for name in _meta_names() if name in meta)
    _waiting.add((request.path, items))


def _request(path, items):
    """A request standing for the hit, with what counting reads of it."""
    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = path
    request.META = dict(items)
    request.GET = QueryDict(request.META.get("QUERY_STRING", ""))
    return request


def _search(request, day):
    """(normalised query, note key, share keys) of a new search, or None."""
    if not is_new_search(request):
        return None
    normalised = _countable(clean_query(request.GET.get("q")))
    if not normalised:
        return None
    return normalised, note_key(request, normalised), share_keys(request, day, normalised)


def count_waiting_hits(waiting=None):
    """Counts the hits waiting in `waiting` (by default the process's) as the search view would
    have counted them (no note: not a search page, or a state the view has not answered); a
    reader's repeats beyond their share are read once and write nothing."""
    hits = (waiting or _waiting).take()
    if not hits:
        return
    searches = Counter()
    day = timezone.localdate()
    for (path, items), times in hits.items():
        search = _search(_request(path, items), day)
        if search is not None:
            searches[(day, *search)] += times
    cache = stats_cache()
    most = setting("SEARCH_STATS_MAX_REPEATS_PER_CLIENT")
    try:
        for (day, normalised, note, keys), times in searches.items():
            for _ in range(min(times, most)):
                found = cache.get_many([note, *keys, BATCH_KEY])
                if note not in found:
                    break
                language, result_count = found[note]
                _count(cache, day, language[:8], normalised, result_count == 0, keys, found)
    except Exception as error:  # an unreachable cache only costs the statistics
        warn_cache_failure("Recherches non comptées : le cache des statistiques ne répond pas (%r).", error)


def _count_every(interval, waiting):
    while waiting is _waiting:  # until the process's hits are kept elsewhere (a test's own)
        time.sleep(interval)
        try:
            count_waiting_hits(waiting)
        except Exception:  # never let the thread die
            logger.exception("Recherches servies depuis le cache : comptage en échec.")
        finally:
            close_old_connections()


def _start_counting(waiting):
    """The process's counting thread (unless SEARCH_STATS_HITS_INTERVAL is None: then only
    `flush_search_stats` counts them), and a last count when the process exits."""
    interval = getattr(settings, "SEARCH_STATS_HITS_INTERVAL", 1.0)
    if interval is not None:
        thread = threading.Thread(
            target=_count_every, args=(interval, waiting), name="search-stats-hits", daemon=True
        )
        thread.start()
        atexit.register(count_waiting_hits, waiting)
