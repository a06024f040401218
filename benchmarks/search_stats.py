"""`python -m benchmarks.search_stats [--searches 2000] [--queries 5000]`: what counting a search and
flushing the counts cost.

Prints the median time of `search.stats.count_search` (a new reader each time, so every cache
operation of a first search runs) in the process's memory and in Redis (REDIS_URL, or
redis://127.0.0.1:6379/0, under a key prefix of its own, deleted at the end), then the time of one
`flush_search_stats` for `--queries` different pending queries, in a throwaway database
(`pairapair_bench_stats`, created then dropped).
"""

import argparse
import datetime
import os
import statistics
import time
import uuid

from benchmarks.bootstrap import setup

BENCH_DATABASE = "pairapair_bench_stats"


def median_ms(function, runs):
    times = []
    for number in range(runs):
        start = time.perf_counter()
        function(number)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def caches_to_measure():
    prefix = f"pairapair-bench-{uuid.uuid4().hex}"
    redis = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0",
        "KEY_PREFIX": prefix,
    }
    memory = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    return prefix, {"default": memory, "memory": memory, "redis": redis}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search_stats")
    parser.add_argument("--searches", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=5000)
    args = parser.parse_args(argv)
    setup()

    from django.core.cache import caches
    from django.test import RequestFactory
    from django.test.utils import override_settings

    from benchmarks.bootstrap import throwaway_database
    from search.stats import SearchQueryStat, count_search
    from search.stats_flush import flush_search_stats

    factory = RequestFactory()
    prefix, cache_settings = caches_to_measure()

    def request(number):
        return factory.get(
            "/recherche/",
            {"q": "x"},
            REMOTE_ADDR=f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}",
        )

    def search(number):
        count_search(request(number), "fr", f"requete {number % 500}", number % 7)

    with override_settings(CACHES=cache_settings, SEARCH_STATS_FLUSH_INTERVAL=None):
        for alias in ("memory", "redis"):
            with override_settings(SEARCH_STATS_CACHE=alias):
                print(f"count_search ({alias}) : {median_ms(search, args.searches):.3f} ms (médiane)")
        with (
            throwaway_database(BENCH_DATABASE),
            override_settings(SEARCH_STATS_CACHE="redis", SEARCH_STATS_MAX_QUERIES_PER_DAY=args.queries),
        ):
            for number in range(args.queries):
                count_search(request(number), "fr", f"flush {number}", 1)
            start = time.perf_counter()
            written, _deleted = flush_search_stats()
            elapsed = time.perf_counter() - start
            rows = SearchQueryStat.objects.filter(day__gte=datetime.date.today() - datetime.timedelta(days=1))
            summary = f"{written} lignes en {elapsed * 1000:.0f} ms ; {rows.count()} en base"
            print(f"flush_search_stats (redis) : {summary}")
        client = caches["redis"]._cache.get_client()
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


if __name__ == "__main__":
    main()
