"""`python -m benchmarks.detail [--pages N]`: a testimony and a job description, at 15 and 10,000 pages.

Each detail page is served without any full-page cache (the site cache holds what is computed
once per content change: the chrome, the taxonomy groups, the related items), through Django's
full stack, next to a constant view served by the same middleware in the same run. Runs in its
own PostgreSQL database (`pairapair_bench_detail`, created then dropped); the library is built in
bulk as for the search benchmark. Figures are printed and written to bench.json (key "detail").
"""

import argparse
import itertools
import os
import platform
import time

from django.core.management.color import color_style
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from benchmarks import results
from benchmarks.bootstrap import check_database_name, throwaway_database
from benchmarks.search.build import add_pages
from benchmarks.search.corpus import Corpus
from benchmarks.search.measure import percentile
from benchmarks.search.run import BENCH_SETTINGS, load_average, server_version
from core.site_cache import new_generation
from demo.loader import DemoLoader
from job_descriptions.models import JobDescriptionPage
from search import backends
from testimonies.models import TestimonyPage

BENCH_DATABASE = "pairapair_bench_detail"
DEFAULT_SIZES = [15, 10000]
GOALS = {"share_of_constant": 0.05, "queries": 8}
WARM_UP = 5
SAMPLES = 60
PAGES_PER_TYPE = 5  # each sample asks for the next of these pages


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.detail",
        description="Mesure les pages de détail sur une bibliothèque de 15 et 10 000 pages (PostgreSQL).",
    )
    parser.add_argument("--pages", type=int, help="Une seule taille de bibliothèque.")
    parser.add_argument("--samples", type=int, default=SAMPLES)
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
    results.save("detail", report, options.output)
    print(f"Résultats écrits dans {options.output}.")
    check_goals(report["rows"])


def run(sizes, samples=SAMPLES, warm_up=WARM_UP):
    """Builds the library size by size in the current database, measuring each size; the report."""
    with override_settings(**BENCH_SETTINGS):
        backends._locale_languages.clear()
        sections = DemoLoader().ensure_site_tree()[1]
        corpus, built, rows = Corpus(), 0, []
        for size in sizes:
            start = time.perf_counter()
            add_pages(sections, size - built, corpus=corpus)
            new_generation()  # rows were written in bulk, without the signals that do it
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
            built = size
            print(f"{size} pages construites en {time.perf_counter() - start:.0f} s.", flush=True)
            size_rows = measure(size, samples=samples, warm_up=warm_up)
            print_rows(size_rows)
            rows.extend(size_rows)
        return {
            "measured_at": f"{timezone.localtime():%Y-%m-%d %H:%M}",
            "python": platform.python_version(),
            "postgresql": server_version(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "load_1min": load_average(),
            "sizes": list(sizes),
            "rows": rows,
        }


def targets():
    """{target: [URL, …]}: the constant view, then a few pages of each detail type."""
    return {
        "constant": ["/__banc-d-essai__/constante/"],
        "testimony": [page.url for page in TestimonyPage.objects.live().order_by("pk")[:PAGES_PER_TYPE]],
        "job_description": [
            page.url for page in JobDescriptionPage.objects.live().order_by("pk")[:PAGES_PER_TYPE]
        ],
    }


def timed(client, urls, samples, warm_up):
    cycle = itertools.cycle(urls)
    for _ in range(warm_up):
        assert client.get(next(cycle)).status_code == 200
    timings, cpu = [], []
    for _ in range(samples):
        url = next(cycle)
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return timings, cpu


def measure(pages, samples=SAMPLES, warm_up=WARM_UP):
    client = Client()
    rows = []
    for target, urls in targets().items():
        timings, cpu = timed(client, urls, samples, max(warm_up, len(urls)))
        with CaptureQueriesContext(connection) as captured:
            client.get(urls[0])
        new_generation()  # as after an editor's change: the chrome, groups and related are rebuilt
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as after_edit:
            client.get(urls[0])
        first_ms = (time.perf_counter() - start) * 1000
        rows.append(
            {
                "target": target,
                "pages": pages,
                "p50_ms": round(percentile(timings, 0.5), 2),
                "p95_ms": round(percentile(timings, 0.95), 2),
                # This process's CPU alone: what a busy machine (the database's share too) leaves out.
                "cpu_p50_ms": round(percentile(cpu, 0.5), 2),
                "queries": len(captured.captured_queries),
                "after_edit_ms": round(first_ms, 2),
                "queries_after_edit": len(after_edit.captured_queries),
            }
        )
    constant, constant_cpu = rows[0]["p50_ms"], rows[0]["cpu_p50_ms"]
    for row in rows:
        # Throughput as a share of the constant view's (one worker: the inverse of the times).
        row["share_of_constant"] = round(constant / row["p50_ms"], 3) if row["p50_ms"] else None
        cpu = row["cpu_p50_ms"]
        row["cpu_share_of_constant"] = round(constant_cpu / cpu, 3) if cpu else None
    return rows


def print_rows(rows):
    header = ["cible".ljust(17), "pages".rjust(7), "p50 ms".rjust(9), "p95 ms".rjust(9)]
    header += ["requêtes".rjust(10), "1re après modif.".rjust(18), "requêtes".rjust(10)]
    header += ["% constante".rjust(13), "CPU ms".rjust(8), "% CPU".rjust(8)]
    print("".join(header))
    for row in rows:
        share = row["cpu_share_of_constant"]
        cpu_share = f"{share * 100:>7.1f}%" if share else "".rjust(8)
        print(
            f"{row['target']:<17}{row['pages']:>7}{row['p50_ms']:>9.2f}{row['p95_ms']:>9.2f}"
            f"{row['queries']:>10}{row['after_edit_ms']:>15.1f} ms{row['queries_after_edit']:>10}"
            f"{row['share_of_constant'] * 100:>12.1f}%{row['cpu_p50_ms']:>8.2f}{cpu_share}",
            flush=True,
        )


def check_goals(rows):
    style = color_style()
    misses = []
    details = [row for row in rows if row["target"] != "constant"]
    for row in details:
        if row["share_of_constant"] < GOALS["share_of_constant"]:
            misses.append(
                f"{row['target']} à {row['pages']} pages : {row['share_of_constant']:.1%} de la vue constante"
            )
        if row["queries"] > GOALS["queries"]:
            misses.append(f"{row['target']} à {row['pages']} pages : {row['queries']} requêtes SQL > 8")
    for target in {row["target"] for row in details}:
        counts = {row["queries"] for row in details if row["target"] == target}
        if len(counts) > 1:
            misses.append(f"{target} : requêtes SQL différentes selon la taille ({sorted(counts)})")
    if misses:
        print(style.WARNING("Objectifs non atteints :\n- " + "\n- ".join(misses)))
    else:
        print(style.SUCCESS("Objectifs atteints : ≥ 5 % de la vue constante, ≤ 8 requêtes SQL, stables."))
