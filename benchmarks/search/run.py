"""`python -m benchmarks.search [--pages N]`: search latency and SQL queries at 1,000 and 10,000 pages.

Runs in its own PostgreSQL database (`pairapair_bench`, created then dropped), never in the
developer's: the library is generated in bulk, indexed, then each target is requested through
Django's full stack. Figures are printed and written to bench.json (key "search") in the working
directory; `python -m benchmarks.docs` (make bench-docs) copies them into docs/performance.md.
"""

import argparse
import os
import platform
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.color import color_style
from django.db import connection
from django.db.models import Count
from django.test.utils import override_settings
from django.utils import timezone

from benchmarks import results
from benchmarks.bootstrap import check_database_name, throwaway_database
from benchmarks.search.build import add_pages, index_pages
from benchmarks.search.corpus import Corpus
from benchmarks.search.measure import SAMPLES, WARM_UP, measure
from core.site_cache import new_generation
from demo.loader import DemoLoader
from search import backends
from taxonomy.models import Region, Theme

BENCH_DATABASE = "pairapair_bench"
DEFAULT_SIZES = [1000, 10000]
GOALS = {"search_p95_ms": 150, "autocomplete_p95_ms": 50, "search_queries": 10, "p95_growth": 2}
BENCH_SETTINGS = {
    "DEBUG": False,
    "ALLOWED_HOSTS": ["*"],
    "ROOT_URLCONF": "benchmarks.urls",
    "CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    # Each search is built, never answered by the full-page cache (benchmarks.page_cache measures it).
    "PAGE_CACHE_ENABLED": False,
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.search",
        description="Mesure la recherche sur une bibliothèque de 1 000 et 10 000 pages (PostgreSQL).",
    )
    parser.add_argument("--pages", type=int, help="Une seule taille de bibliothèque.")
    parser.add_argument("--samples", type=int, default=SAMPLES, help="Requêtes mesurées par cible.")
    parser.add_argument("--keep", action="store_true", help="Garder la base jetable.")
    parser.add_argument(
        "--database", default=BENCH_DATABASE, help=f"Nom de la base jetable (par défaut {BENCH_DATABASE})."
    )
    parser.add_argument("--output", default=results.DEFAULT_PATH, help="Fichier des résultats (JSON).")
    return parser.parse_args(argv)


def main(argv=None):
    options = parse_args(argv)
    check_database_name(options.database)
    if connection.vendor != "postgresql":
        raise SystemExit("Le banc d'essai demande PostgreSQL : DATABASE_URL=postgres://… make bench")
    sizes = [options.pages] if options.pages else DEFAULT_SIZES
    if any(size < 10 for size in sizes):
        raise SystemExit("Au moins 10 pages.")
    with override_settings(**BENCH_SETTINGS):
        print(f"Base {options.database} : création et migrations…", flush=True)
        with throwaway_database(options.database, keep=options.keep):
            report = run(sorted(sizes), samples=options.samples)
    results.save("search", report, options.output)
    print(f"Résultats écrits dans {options.output}.")
    check_goals(report)


def run(sizes, samples=SAMPLES, warm_up=WARM_UP):
    """Builds the library size by size in the current database, measuring each size; the report."""
    with override_settings(**BENCH_SETTINGS):
        ContentType.objects.clear_cache()
        backends._locale_languages.clear()
        sections = DemoLoader().ensure_site_tree()[1]
        corpus, built, rows = Corpus(), 0, []
        for size in sizes:
            start = time.perf_counter()
            pages = add_pages(sections, size - built, corpus=corpus)
            index_pages(pages)
            new_generation()  # rows were written in bulk, without the signals that do it
            with connection.cursor() as cursor:
                # What autovacuum does on a live site (VACUUM cannot run inside a transaction).
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
            built = size
            print(f"{size} pages construites et indexées en {time.perf_counter() - start:.0f} s.", flush=True)
            theme, region = busy_facets()
            size_rows = measure(sections[""], theme, region, size, samples=samples, warm_up=warm_up)
            print_rows(size_rows)
            rows.extend(size_rows)
        growth = p95_growth(rows)
        print_growth(growth)
        return {
            "measured_at": f"{timezone.localtime():%Y-%m-%d %H:%M}",
            "python": platform.python_version(),
            "postgresql": server_version(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "load_1min": load_average(),
            "sizes": list(sizes),
            "rows": rows,
            "growth": growth,
        }


def busy_facets():
    """A theme and a region with many pages, for the "query and two facets" target."""
    theme = Theme.objects.filter(locale__language_code="fr").annotate(n=Count("pages")).order_by("-n")[0]
    region = Region.objects.filter(locale__language_code="fr").annotate(n=Count("pages")).order_by("-n")[0]
    return theme.slug, region.slug


def server_version():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0].split()[0]


def load_average():
    """The machine's load over the last minute: other processes share it."""
    try:
        with open("/proc/loadavg", encoding="ascii") as file:
            return file.read().split()[0]
    except OSError:
        return "inconnue"


def print_rows(rows):
    header = ["cible".ljust(18), "pages".rjust(7), "p50 ms".rjust(9), "p95 ms".rjust(9)]
    header += ["requêtes".rjust(10), "recherche".rjust(11), "après modif.".rjust(14)]
    header += ["× constante".rjust(13)]
    print("".join(header))
    for row in rows:
        search = "" if row["search_queries"] is None else str(row["search_queries"])
        print(
            f"{row['target']:<18}{row['pages']:>7}{row['p50_ms']:>9.1f}{row['p95_ms']:>9.1f}"
            f"{row['queries']:>10}{search:>11}{row['queries_after_edit']:>14}{row['ratio']:>13}",
            flush=True,
        )


def p95_growth(rows):
    """[{target, from, to, ratio}]: each target's p95 at the largest size over its p95 at the
    smallest, in this run (absolute times vary from day to day on a shared machine, ratios less)."""
    sizes = sorted({row["pages"] for row in rows})
    if len(sizes) < 2:
        return []
    p95 = {(row["target"], row["pages"]): row["p95_ms"] for row in rows}
    smallest, largest = sizes[0], sizes[-1]
    targets = [row["target"] for row in rows if row["pages"] == smallest and row["target"] != "trivial"]
    return [
        {
            "target": target,
            "from": smallest,
            "to": largest,
            "ratio": round(p95[target, largest] / p95[target, smallest], 2),
        }
        for target in targets
    ]


def print_growth(growth):
    for row in growth:
        print(f"p95 de {row['target']} de {row['from']} à {row['to']} pages : × {row['ratio']}")


def check_goals(report):
    style = color_style()
    misses = [
        f"{row['target']} : p95 × {row['ratio']} de {row['from']} à {row['to']} pages"
        f" > × {GOALS['p95_growth']}"
        for row in report["growth"]
        if row["ratio"] > GOALS["p95_growth"]
    ]
    for row in report["rows"]:
        if row["target"] == "trivial":
            continue
        limit = GOALS["autocomplete_p95_ms"] if row["target"] == "autocomplete" else GOALS["search_p95_ms"]
        if row["p95_ms"] > limit:
            misses.append(f"{row['target']} à {row['pages']} pages : p95 {row['p95_ms']} ms > {limit} ms")
        if row["queries"] > GOALS["search_queries"]:
            misses.append(f"{row['target']} : {row['queries']} requêtes SQL par page > 10")
    if misses:
        print(style.WARNING("Objectifs non atteints :\n- " + "\n- ".join(misses)))
    else:
        print(
            style.SUCCESS(
                "Objectifs atteints : p95 ≤ 150 ms (autocomplétion ≤ 50 ms), au plus doublé de la plus "
                "petite à la plus grande bibliothèque, ≤ 10 requêtes SQL par page."
            )
        )
