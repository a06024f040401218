"""`python -m benchmarks.page_cache`: cached anonymous pages against a constant view, same stack.

Runs in its own PostgreSQL database (`pairapair_bench_pages`, created then dropped) with the site
tree and one page of each content type, and by default in a private `redis-server` started on a
free port of 127.0.0.1 (the production cache; `--locmem` for the memory of the process). Each
target is requested through Django's WSGI handler, the whole middleware stack included, as a
WSGI server would call it; rounds alternate between targets and the median of the rounds is kept.
Figures are printed and written to bench.json (key "page_cache").
"""

import argparse
import io
import os
import statistics
import time
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from benchmarks import results
from benchmarks.bootstrap import check_database_name, throwaway_database
from testing.servers import missing_servers, private_redis

BENCH_DATABASE = "pairapair_bench_pages"
CONSTANT = "/__banc-d-essai__/constante/"
GOAL_RATIO = 0.85
HOST = "127.0.0.1"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.page_cache",
        description="Débit des pages en cache comparé à celui d'une vue constante (même pile).",
    )
    parser.add_argument("--requests", type=int, default=2000, help="Requêtes par cible et par tour.")
    parser.add_argument("--rounds", type=int, default=5, help="Tours (médiane des tours).")
    parser.add_argument("--locmem", action="store_true", help="Cache en mémoire du processus, sans Redis.")
    parser.add_argument("--database", default=BENCH_DATABASE, help="Nom de la base jetable.")
    parser.add_argument("--output", default=results.DEFAULT_PATH, help="Fichier des résultats (JSON).")
    return parser.parse_args(argv)


def bench_settings(redis_url):
    if redis_url:
        # The site's backend, as configured in production (config/settings/cache.py).
        backend = {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": redis_url,
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        }
    else:
        backend = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    return {
        "DEBUG": False,
        "ALLOWED_HOSTS": ["*"],
        "ROOT_URLCONF": "benchmarks.urls",
        "CACHES": {"default": backend},
        "PAGE_CACHE_ENABLED": True,
        # The reference goes through the whole stack every time, never answered by the page cache.
        "PAGE_CACHE_EXCLUDED_PATHS": (*settings.PAGE_CACHE_EXCLUDED_PATHS, CONSTANT),
    }


class Caller:
    """Calls the WSGI application as a server would: one environ per request, body read, closed."""

    def __init__(self):
        self.application = WSGIHandler()
        self.status = self.headers = None

    def start_response(self, status, headers, exc_info=None):
        self.status, self.headers = status, dict(headers)

    def __call__(self, url):
        path, _sep, query = url.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            # As a WSGI server passes it: percent-decoded bytes, read as ISO-8859-1 (PEP 3333).
            "PATH_INFO": unquote_to_bytes(path).decode("iso-8859-1"),
            "QUERY_STRING": query,
            "SCRIPT_NAME": "",
            "SERVER_NAME": HOST,
            "SERVER_PORT": "8000",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": f"{HOST}:8000",
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": io.StringIO(),
            "wsgi.url_scheme": "http",
            "wsgi.version": (1, 0),
            "wsgi.multithread": False,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
        }
        response = self.application(environ, self.start_response)
        try:
            body = b"".join(response)
        finally:
            response.close()
        return self.status, self.headers, body


def targets():
    """{name: URL}: the constant view, then one cached page of each kind."""
    from guides.models import PracticeGuidePage
    from search.models import LibraryIndexPage
    from testimonies.models import TestimonyPage

    search = LibraryIndexPage.objects.live().get(locale__language_code="fr", scope="").url
    return {
        "constant": CONSTANT,
        "home": "/",
        "section": LibraryIndexPage.objects.live()
        .filter(locale__language_code="fr")
        .exclude(scope="")[0]
        .url,
        "testimony": TestimonyPage.objects.live().filter(locale__language_code="fr")[0].url,
        "guide": PracticeGuidePage.objects.live().filter(locale__language_code="fr")[0].url,
        "search": f"{search}?q=travailleur+pair",
        "search_json": f"{search}?q=logement&format=json",
        "english_home": "/en/",
    }


def add_content():
    """One testimony and one guide under the demo site tree (the factories publish them)."""
    from django.db import transaction

    from demo.loader import DemoLoader
    from guides.tests.factories import PracticeGuidePageFactory
    from testimonies.tests.factories import TestimonyPageFactory

    with transaction.atomic():
        sections = DemoLoader().ensure_site_tree()[1]
        TestimonyPageFactory(parent=sections["temoignage"], title="Un témoignage de Grenoble")
        PracticeGuidePageFactory(parent=sections["guide"], title="Recruter un travailleur pair")


def measure(caller, urls, requests, rounds):
    """{name: req/s} (median of the rounds) and the SQL queries of one more request of each."""
    for name, url in urls.items():
        for _ in range(3):
            status, headers, _body = caller(url)
            assert status.startswith("200"), (name, url, status)
        if name != "constant":
            assert headers.get("X-Page-Cache") == "hit", (name, url, headers.get("X-Page-Cache"))
    per_round = {name: [] for name in urls}
    for _ in range(rounds):
        for name, url in urls.items():
            start = time.perf_counter()
            for _ in range(requests):
                caller(url)
            per_round[name].append(requests / (time.perf_counter() - start))
    queries = {}
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as captured:
            caller(url)
        queries[name] = len(captured.captured_queries)
    return {name: statistics.median(values) for name, values in per_round.items()}, queries


def run(requests, rounds, redis_url=None):
    with override_settings(**bench_settings(redis_url)):
        add_content()
        urls = targets()
        rates, queries = measure(Caller(), urls, requests, rounds)
        with override_settings(PAGE_CACHE_ENABLED=False):
            uncached, _queries = measure_uncached(Caller(), urls, max(requests // 10, 50))
    constant = rates["constant"]
    rows = [
        {
            "target": name,
            "url": urls[name],
            "req_per_s": round(rate),
            "ratio": round(rate / constant, 2),
            "queries": queries[name],
            "uncached_req_per_s": round(uncached[name]),
        }
        for name, rate in rates.items()
    ]
    return {
        "measured_at": f"{timezone.localtime():%Y-%m-%d %H:%M}",
        "cache": "redis" if redis_url else "locmem",
        "requests": requests,
        "rounds": rounds,
        "cpus": os.cpu_count(),
        "rows": rows,
    }


def measure_uncached(caller, urls, requests):
    rates = {}
    for name, url in urls.items():
        caller(url)
        start = time.perf_counter()
        for _ in range(requests):
            caller(url)
        rates[name] = requests / (time.perf_counter() - start)
    return rates, None


def print_report(report):
    print(f"Cache : {report['cache']} ; {report['requests']} requêtes × {report['rounds']} tours par cible.")
    print(f"{'cible':<14}{'req/s':>9}{'× constante':>13}{'SQL':>5}{'sans cache':>12}  adresse")
    for row in report["rows"]:
        print(
            f"{row['target']:<14}{row['req_per_s']:>9}{row['ratio']:>13.2f}{row['queries']:>5}"
            f"{row['uncached_req_per_s']:>12}  {row['url']}"
        )
    cached = [row for row in report["rows"] if row["target"] != "constant"]
    worst = min(cached, key=lambda row: row["ratio"])
    verdict = "atteint" if worst["ratio"] >= GOAL_RATIO else "NON atteint"
    print(
        f"Page en cache la plus lente : {worst['target']} à {worst['ratio']:.0%} de la vue constante "
        f"(objectif ≥ {GOAL_RATIO:.0%} : {verdict})."
    )


def main(argv=None):
    options = parse_args(argv)
    check_database_name(options.database)
    if connection.vendor != "postgresql":
        raise SystemExit("Le banc d'essai demande PostgreSQL : DATABASE_URL=postgres://…")
    with throwaway_database(options.database):
        if options.locmem:
            report = run(options.requests, options.rounds)
        else:
            if "redis-server" in missing_servers():
                raise SystemExit("redis-server est introuvable : --locmem pour mesurer sans Redis.")
            with private_redis() as redis:
                report = run(options.requests, options.rounds, redis.url)
    print_report(report)
    results.save("page_cache", report, options.output)
    print(f"Résultats écrits dans {options.output}.")
