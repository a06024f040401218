"""Moving the searches counted in the cache (search.stats) into the daily rows, and forgetting
rows older than SEARCH_STATS_RETENTION_DAYS.

Run by `manage.py flush_search_stats` (cron or the task worker, every few minutes) and, at most
every SEARCH_STATS_FLUSH_INTERVAL seconds, as a background task started by a search. A count is
claimed by subtracting what was read from its counter (an atomic decrement): searches counted
meanwhile stay for the next flush, and a failed database write gives the claimed counts back.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from core.counters import add_to_many_counters
from search.stats import (
    BATCH_KEY,
    NO_RESULT_UNIT,
    PENDING_DAYS,
    SearchQueryStat,
    entry_key,
    sequence_key,
    setting,
    stats_cache,
)
from search.stats_hits import count_waiting_hits

logger = logging.getLogger(__name__)

LOCK_KEY = "search-stats:flushing"
LOCK_TIMEOUT = 10 * 60


def _claim_day(cache, day):
    """Takes the day's pending counts out of the cache: {(language, query): (searches, no results)}
    and the counters claimed, {key: amount}."""
    count = min(cache.get(sequence_key(day)) or 0, setting("SEARCH_STATS_MAX_QUERIES_PER_DAY"))
    entries = cache.get_many([entry_key(day, number) for number in range(1, count + 1)])
    queries = {key: (language, query) for language, query, key in entries.values()}
    amounts = cache.get_many(list(queries))
    claimed = {}
    totals = {}
    for key, amount in amounts.items():
        if not amount:
            continue
        try:
            cache.decr(key, amount)
        except ValueError:  # expired meanwhile: what was read is all there was
            pass
        claimed[key] = amount
        searches, no_results = amount % NO_RESULT_UNIT, amount // NO_RESULT_UNIT
        totals[queries[key]] = (searches, no_results)
    return totals, claimed, [*entries, *queries, sequence_key(day)]


def _give_back(cache, claimed):
    for key, amount in claimed.items():
        try:
            cache.incr(key, amount)
        except ValueError:
            cache.add(key, amount)


def flush_search_stats(today=None):
    """Adds the pending counts to the daily rows and deletes the rows past the retention period.
    Returns (rows written, rows deleted); (0, 0) without doing anything while another flush runs.
    The searches this process served from the page cache are counted first (search/stats_hits.py)."""
    count_waiting_hits()
    cache = stats_cache()
    today = today or timezone.localdate()
    if not cache.add(LOCK_KEY, 1, LOCK_TIMEOUT):
        return 0, 0
    try:
        cache.delete(BATCH_KEY)
        written = 0
        for age in range(PENDING_DAYS + 1):
            day = today - datetime.timedelta(days=age)
            totals, claimed, keys = _claim_day(cache, day)
            rows = [
                (
                    {"day": day, "language": language, "query": query},
                    {"searches": searches, "no_results": no_results},
                )
                for (language, query), (searches, no_results) in totals.items()
            ]
            try:
                with transaction.atomic():
                    add_to_many_counters(SearchQueryStat, rows)
            except Exception:
                _give_back(cache, claimed)
                raise
            written += len(rows)
            if age >= 2:  # no search is counted under that day any more
                cache.delete_many(keys)
        limit = today - datetime.timedelta(days=setting("SEARCH_STATS_RETENTION_DAYS"))
        deleted, _by_model = SearchQueryStat.objects.filter(day__lt=limit).delete()
    finally:
        cache.delete(LOCK_KEY)
    if written or deleted:
        logger.info("Statistiques de recherche : %s lignes ajoutées, %s supprimées.", written, deleted)
    return written, deleted
