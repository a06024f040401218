"""Search statistics for editors, kept free of personal data and safe from flooding.

One row per day, language and normalised query, holding two counters. Nothing about the reader is
stored (no address, no user, no time of day), and queries that look like an e-mail address or a
phone number are not recorded at all.

A search is counted in the cache (SEARCH_STATS_CACHE: Redis in production), never in the database
while the reader waits: `search.stats_flush.flush_search_stats` adds the pending counts to the
daily rows (the `flush_search_stats` command, and on its own at most every
SEARCH_STATS_FLUSH_INTERVAL seconds). One reader (an address, hashed with a key of the day and never
stored) counts for at most SEARCH_STATS_MAX_QUERIES_PER_CLIENT different queries a day, each at most
SEARCH_STATS_MAX_REPEATS_PER_CLIENT times, and a day keeps at most SEARCH_STATS_MAX_QUERIES_PER_DAY
different queries. When the cache cannot be reached, searches are simply not counted.

A search page served from the page cache is counted too: the search view leaves a note (language,
query, number of results) under the page's address, and `search.stats_hits` counts the hits with
that note, after their responses.
"""

import hashlib
import logging
import re
import time
import unicodedata

from django.conf import settings
from django.core.cache import caches
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from core.limits import client_address
from search.text import clean_query, fold
from search.vocabulary import FACET_KEYS

logger = logging.getLogger(__name__)

MAX_STORED_LENGTH = 100
_PERSONAL = re.compile(r"@|\d[\d .-]{5,}\d")
# Controls (C0, C1: tabs and line breaks among them) separate words; formatting characters (bidi
# overrides and isolates, zero-width spaces and joiners, the byte order mark, soft hyphens…),
# surrogates, private use and unassigned code points are dropped.
_SEPARATING_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
_REMOVED_CATEGORIES = frozenset({"Cf", "Cs", "Co", "Cn"})

DEFAULTS = {
    "SEARCH_STATS_CACHE": "default",
    "SEARCH_STATS_FLUSH_INTERVAL": 10 * 60,
    "SEARCH_STATS_MAX_QUERIES_PER_CLIENT": 20,
    "SEARCH_STATS_MAX_REPEATS_PER_CLIENT": 3,
    "SEARCH_STATS_MAX_QUERIES_PER_DAY": 5000,
    "SEARCH_STATS_RETENTION_DAYS": 395,
}
# A search with no result adds one to the counter's high part: one atomic increment per search.
NO_RESULT_UNIT = 2**32
# Pending counts live this many days in the cache: a flush must run within that time.
PENDING_DAYS = 7
NOTE_TIMEOUT = 24 * 60 * 60
FAILURE_LOG_INTERVAL = 60
# Sent by static/js/search.js when it refreshes results in place: not a new search to count.
UPDATE_HEADER = "X-Search-Update"


def setting(name):
    return getattr(settings, name, DEFAULTS[name])


def stats_cache():
    return caches[setting("SEARCH_STATS_CACHE")]


class SearchQueryStat(models.Model):
    """How often a query was searched on one day, and how often it found nothing.

    Aggregates only: no address, no user, no time of day. Queries that look like an e-mail address
    or a phone number are never recorded.
    """

    day = models.DateField(_("jour"))
    language = models.CharField(_("langue"), max_length=8)
    query = models.CharField(_("recherche"), max_length=MAX_STORED_LENGTH)
    searches = models.PositiveIntegerField(_("recherches"), default=0)
    no_results = models.PositiveIntegerField(_("recherches sans résultat"), default=0)

    class Meta:
        verbose_name = _("statistique de recherche")
        verbose_name_plural = _("statistiques de recherche")
        constraints = [
            models.UniqueConstraint(fields=["day", "language", "query"], name="unique_search_stat_per_day")
        ]
        indexes = [models.Index(fields=["day"], name="search_stat_day")]

    def __str__(self):
        return f"{self.day} {self.query}"


def normalise_for_stats(query):
    """The form a query is counted under: without controls or invisible formatting characters,
    folded (no case, no accents: search.text.fold, then casefold), in NFC, hyphens as spaces,
    single spaces, at most MAX_STORED_LENGTH characters."""
    text = "".join(_visible(char) for char in (query if isinstance(query, str) else ""))
    text = unicodedata.normalize("NFC", fold(text).casefold()).replace("-", " ")
    return " ".join(text.split())[:MAX_STORED_LENGTH].strip()


def _visible(char):
    category = unicodedata.category(char)
    if category in _SEPARATING_CATEGORIES:
        return " "
    return "" if category in _REMOVED_CATEGORIES else char


def client_token(request, day):
    """Who is searching, as a keyed hash that changes every day: the address is never kept."""
    return salted_hmac("search.stats.client", f"{day.isoformat()}|{client_address(request)}").hexdigest()[:32]


def digest(*parts):
    return hashlib.sha256("\x00".join(str(part) for part in parts).encode()).hexdigest()[:32]


def counter_key(day, query_digest):
    return f"search-stats:count:{day.isoformat()}:{query_digest}"


def sequence_key(day):
    return f"search-stats:sequence:{day.isoformat()}"


def entry_key(day, number):
    return f"search-stats:entry:{day.isoformat()}:{number}"


BATCH_KEY = "search-stats:batch-started"
FLUSH_CLAIM_KEY = "search-stats:flush-claimed"


class ThrottledWarning:
    """Logs a failure at most once per `interval` seconds (per process)."""

    def __init__(self, interval):
        self.interval = interval
        self.last = None

    def __call__(self, message, *args):
        now = time.monotonic()
        if self.last is None or now - self.last >= self.interval:
            self.last = now
            logger.warning(message, *args)


warn_cache_failure = ThrottledWarning(FAILURE_LOG_INTERVAL)
warn_flush_failure = ThrottledWarning(FAILURE_LOG_INTERVAL)


def _bump(cache, key, delta, timeout):
    """Adds `delta` to the number under `key` (created with this timeout): the new number."""
    if cache.add(key, delta, timeout):
        return delta
    try:
        value = cache.incr(key, delta)
    except ValueError:  # expired in between
        cache.add(key, delta, timeout)
        return delta
    if value is None:  # the site's Redis backend answers None when Redis is away
        raise ConnectionError("the statistics cache does not answer")
    return value


def share_keys(request, day, normalised):
    """The keys of this reader's share of the day: how many different queries they have counted,
    and how often this one (whatever the language)."""
    client = client_token(request, day)
    return (
        f"search-stats:client:{day.isoformat()}:{client}",
        f"search-stats:seen:{day.isoformat()}:{client}:{digest(normalised)}",
    )


def _within_client_share(cache, keys, found):
    """Whether this search counts, from what `found` (one read) says of the reader's share; a
    search beyond it writes nothing."""
    distinct_key, seen_key = keys
    timeout = 2 * 24 * 60 * 60
    seen = found.get(seen_key)
    if seen is not None and seen >= setting("SEARCH_STATS_MAX_REPEATS_PER_CLIENT"):
        return False
    if seen is None and (found.get(distinct_key) or 0) >= setting("SEARCH_STATS_MAX_QUERIES_PER_CLIENT"):
        # The day's share is used up: only the queries already counted may still count (their
        # repeats), and nothing new is stored for this reader.
        return False
    repeats = _bump(cache, seen_key, 1, timeout)
    if repeats > setting("SEARCH_STATS_MAX_REPEATS_PER_CLIENT"):
        return False
    if repeats == 1:
        distinct = _bump(cache, distinct_key, 1, timeout)
        return distinct <= setting("SEARCH_STATS_MAX_QUERIES_PER_CLIENT")
    return True


def _add_to_pending(cache, day, language, query, query_digest, no_result):
    """One atomic increment of the day's counter for this query; a query new today is also
    listed under the day's next entry number, so that the flush finds it."""
    key = counter_key(day, query_digest)
    timeout = (PENDING_DAYS + 1) * 24 * 60 * 60
    delta = 1 + (NO_RESULT_UNIT if no_result else 0)
    if not cache.add(key, delta, timeout):
        try:
            cache.incr(key, delta)
            return
        except ValueError:  # flushed and deleted in between: a new entry
            if not cache.add(key, delta, timeout):
                cache.incr(key, delta)
                return
    number = _bump(cache, sequence_key(day), 1, timeout)
    if number <= setting("SEARCH_STATS_MAX_QUERIES_PER_DAY"):
        cache.set(entry_key(day, number), (language, query, key), timeout)
    else:  # the day has as many different queries as it keeps
        cache.delete(key)


def _flush_when_due(cache, started):
    """Starts a flush in the background (Wagtail's task framework) when the oldest pending count
    (`started`, read with the reader's share) is older than SEARCH_STATS_FLUSH_INTERVAL; at most
    one per interval."""
    interval = setting("SEARCH_STATS_FLUSH_INTERVAL")
    if interval is None:
        return
    now = time.time()
    if started is None:
        cache.add(BATCH_KEY, now, None)
        return
    if now - started >= interval and cache.add(FLUSH_CLAIM_KEY, now, interval):
        from search.tasks import flush_search_stats_task

        try:
            flush_search_stats_task.enqueue()
        except Exception as error:  # the task backend down: the next interval, or the cron, flushes
            warn_flush_failure("Statistiques de recherche : lot non lancé (%r).", error)


def _count(cache, day, language, normalised, no_result, keys, found):
    if _within_client_share(cache, keys, found):
        _add_to_pending(cache, day, language, normalised, digest(language, normalised), no_result)
    _flush_when_due(cache, found.get(BATCH_KEY))


def _countable(query):
    normalised = normalise_for_stats(query)
    return "" if not normalised or _PERSONAL.search(normalised) else normalised


def count_search(request, language, query, result_count):
    """Counts one search by this reader in the cache, within the reader's share; never writes to
    the database (but for a flush due, see `_flush_when_due`) and never fails the request.
    The share and the batch's start are read in one round trip."""
    normalised = _countable(query)
    if not normalised:
        return
    language = (language or settings.LANGUAGE_CODE)[:8]
    day = timezone.localdate()
    try:
        cache = stats_cache()
        keys = share_keys(request, day, normalised)
        found = cache.get_many([*keys, BATCH_KEY])
        _count(cache, day, language, normalised, result_count == 0, keys, found)
    except Exception as error:  # an unreachable cache only costs the statistics
        warn_cache_failure("Recherches non comptées : le cache des statistiques ne répond pas (%r).", error)


def is_new_search(request):
    """A query on its first page, without any filter, not a refresh in place by JavaScript: what
    the search view and the page cache's hook both count, decided from the address alone."""
    data = request.GET
    return (
        request.method in ("GET", "HEAD")
        and bool(clean_query(data.get("q", "")))
        and data.get("page", "").strip() in ("", "1")
        and not any(value.strip() for key in FACET_KEYS for value in data.getlist(key))
        and not request.headers.get(UPDATE_HEADER)
    )


def note_key(request, normalised):
    """Where the search view leaves its note for a query on a search page: the host, the page's
    path and the normalised query (the order of the parameters, the sort, the format or a
    tracking parameter change neither the results' number nor the count)."""
    try:
        host = request.get_host()
    except Exception:
        host = ""
    return "search-stats:note:" + digest(host, request.path, normalised)


def record_search(request, language, query, result_count):
    """What the search view calls for a new search (`is_new_search`): a note for the page cache's
    later hits, then the count itself."""
    try:
        note = (language, result_count)
        stats_cache().set(note_key(request, normalise_for_stats(query)), note, NOTE_TIMEOUT)
    except Exception as error:
        warn_cache_failure("Recherches non comptées : le cache des statistiques ne répond pas (%r).", error)
    count_search(request, language, query, result_count)
