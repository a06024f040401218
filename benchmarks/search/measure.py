"""Times requests through Django's full stack (middleware, routing, templates) in one process."""

import itertools
import math
import time

from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core.site_cache import new_generation
from search.engine import LibrarySearch

NOT_SEARCHES = {"trivial", "autocomplete"}
WARM_UP = 5
# Each target cycles through 5 URLs: 200 requests time each URL 40 times, so the p95 (the 10th
# slowest request) is not decided by two or three requests that met a busy moment of the machine.
SAMPLES = 200


def percentile(values, fraction):
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def targets(search_url, theme, region):
    """{target: [URL, …]}: each run cycles through its URLs, so no single query is favoured."""
    one = ["accompagnement", "logement", "santé", "formation", "insertion"]
    three = [
        "travailleur pair logement",
        "accompagnement santé mentale",
        "médiateur santé pair",
        "réduction risques maraude",
        "recrutement équipe supervision",
    ]
    return {
        "trivial": ["/__banc-d-essai__/constante/"],
        "listing": [search_url],
        "one_word": [f"{search_url}?q={word}" for word in one],
        "three_words": [f"{search_url}?q={words}" for words in three],
        "query_two_facets": [f"{search_url}?q={word}&thematique={theme}&region={region}" for word in one],
        "json": [f"{search_url}?q={word}&format=json" for word in one],
        "autocomplete": [f"{search_url}suggestions/?q={word[:5]}" for word in one],
    }


def search_queries(index_page, url):
    """SQL queries of the search itself, without the site's page chrome (menus, language links)."""
    data = QueryDict(url.split("?", 1)[1] if "?" in url else "")
    with CaptureQueriesContext(connection) as captured:
        LibrarySearch(index_page, data).run()
    return len(captured.captured_queries)


def measure(index_page, theme, region, pages, samples=SAMPLES, warm_up=WARM_UP):
    client = Client()
    rows = []
    for target, urls in targets(index_page.url, theme, region).items():
        cycle = itertools.cycle(urls)
        for _ in range(warm_up):
            assert client.get(next(cycle)).status_code == 200, target
        timings = []
        for _ in range(samples):
            url = next(cycle)
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        with CaptureQueriesContext(connection) as captured:
            client.get(urls[0])
        new_generation()  # as after an editor's change: the page chrome and vocabulary are rebuilt
        with CaptureQueriesContext(connection) as after_edit:
            client.get(urls[0])
        rows.append(
            {
                "target": target,
                "pages": pages,
                "p50_ms": round(percentile(timings, 0.5), 2),
                "p95_ms": round(percentile(timings, 0.95), 2),
                "queries": len(captured.captured_queries),
                "search_queries": None if target in NOT_SEARCHES else search_queries(index_page, urls[0]),
                "queries_after_edit": len(after_edit.captured_queries),
            }
        )
    floor = next(row for row in rows if row["target"] == "trivial")
    for row in rows:
        # How many times the cost of a constant Django response (same middleware, no database).
        row["ratio"] = round(row["p50_ms"] / floor["p50_ms"]) if floor["p50_ms"] else None
    return rows
