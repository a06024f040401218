"""`python -m benchmarks.downloads [--runs 30] [--pdf-runs 15] [--in-place]`: the job-description files.

Times (elapsed and CPU) the generation of each format, as published and as an employer
personalises it (every HR field filled, three missions added; the job description and the
employer's notes), and a cached download, next to a constant computation timed in the same run: on
a shared machine, the ratio to it and the CPU time say more than the elapsed milliseconds. Runs in
its own database (`pairapair_bench_downloads`, created, filled with the demo job descriptions, then
dropped), never in the developer's; `--in-place` measures the configured database instead. Uses
the longest job description, prints the median times and writes them to bench.json (key
"downloads"); `python -m benchmarks.docs` (make bench-docs) copies them into docs/performance.md.
"""

import argparse
import os
import platform
import statistics
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import override_settings
from django.utils import timezone

from benchmarks import results
from benchmarks.bootstrap import check_database_name, throwaway_database
from benchmarks.docs import download_lines
from job_descriptions.downloads.content import NOTES, Personalisation, build_document
from job_descriptions.downloads.files import PublishedFiles
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.models import JobDescriptionPage

BENCH_DATABASE = "pairapair_bench_downloads"
GOALS_MS = {"docx": 60, "odt": 20, "pdf": 400, "cached": 10}
# The personalised files keep the published files' goals.
GOALS_MS.update({f"{kind}_{key}": GOALS_MS[key] for kind in ("personalised", "notes") for key in FORMATS})
HR_TEXT = "Texte saisi par l'employeur, assez long pour tenir sur deux lignes du tableau des conditions."


def reference_work():
    """A constant computation (pure Python, like most of a document's building): the same work on
    every run, so its time measures the machine, not the code."""
    total = 0
    for number in range(200_000):
        total += number * number % 7
    return total


def personalisation(page, document=""):
    """An employer's choices on `page`: every mission and support kept, three missions added, every
    HR field filled; the job description, or the employer's notes."""
    texts = dict.fromkeys(
        ["town", "workplace", "reporting_line", "functional_link", "working_time", "schedule"], HR_TEXT
    )
    texts.update(dict.fromkeys(["contract", "classification", "pay", "start_date"], HR_TEXT))
    return Personalisation(
        structure_name="CCAS de Grenoble",
        structure_type="CCAS / CIAS",
        setting=page.setting,
        mission_ids=tuple(str(block.id) for block in page.missions),
        extra_missions=tuple(("relational", f"{HR_TEXT} ({number})") for number in (1, 2, 3)),
        support_kinds=tuple(block.value["kind"] for block in page.support),
        lived_experience=page.lived_experience,
        status="Fonction publique territoriale : agent contractuel",
        status_key="fpt-contractuel",
        apply_contact=f"{HR_TEXT}\nrh@example.org",
        apply_deadline="1er mars 2030",
        equal_opportunity=True,
        **texts,
        **({"document": NOTES} if document == NOTES else {}),
    )


def median_ms(function, runs):
    """(median elapsed ms, median CPU ms of this process) of `runs` calls: on a shared machine the
    CPU time stays close to what a quiet machine's elapsed time would be."""
    times, cpu_times = [], []
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        function()
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.process_time() - cpu_start) * 1000)
    return statistics.median(times), statistics.median(cpu_times)


def load_demo_job_descriptions():
    """The demo's job descriptions (and the pages they hang from), in both languages."""
    from demo.data.job_descriptions import JOB_DESCRIPTIONS
    from demo.loader import DemoLoader

    loader = DemoLoader()
    _home, sections, _standard = loader.ensure_site_tree()
    for data in JOB_DESCRIPTIONS:
        loader.ensure_item(sections["fiche-de-poste"], JobDescriptionPage, data, loader.fill_job_description)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.downloads",
        description=(
            "Mesure la génération des fiches de poste (DOCX, ODT, PDF) et le téléchargement en cache."
        ),
    )
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--pdf-runs", type=int, default=15)
    parser.add_argument("--in-place", action="store_true", help="mesure dans la base configurée")
    parser.add_argument(
        "--database", default=BENCH_DATABASE, help=f"Nom de la base jetable (par défaut {BENCH_DATABASE})."
    )
    parser.add_argument("--output", default=results.DEFAULT_PATH, help="Fichier des résultats (JSON).")
    return parser.parse_args(argv)


def main(argv=None):
    options = parse_args(argv)
    check_database_name(options.database)
    if options.in_place:
        report = measure(options.runs, options.pdf_runs)
    else:
        with override_settings(DEBUG=False):
            print(f"Base {options.database} : création, migrations, fiches de démonstration…", flush=True)
            with throwaway_database(options.database):
                report = measure(options.runs, options.pdf_runs)
    results.save("downloads", report, options.output)
    print(f"Résultats écrits dans {options.output}.")


def measure(runs, pdf_runs):
    """Medians for each available format and for a cached download, printed; the report."""
    page = longest_template()
    job = build_document(page)
    print(f"Fiche la plus longue : « {page.title} » ({len(job.all_text())} caractères)", flush=True)
    reference_work()  # warm-up
    reference = median_ms(reference_work, runs)
    rows = [row("reference", reference, reference=reference)]
    versions = {
        "": lambda: build_document(page),
        "personalised": lambda: build_document(page, personalisation(page)),
        "notes": lambda: build_document(page, personalisation(page, NOTES)),
    }
    for prefix, build in versions.items():
        for key, file_format in FORMATS.items():
            if not file_format.is_available():
                if not prefix:
                    print(f"{file_format.label} : indisponible (bibliothèques système manquantes)")
                continue
            size = len(file_format.render(build(), page.last_published_at))  # warm-up
            count = pdf_runs if key == "pdf" else runs
            value = median_ms(lambda fmt=file_format, b=build: fmt.render(b(), page.last_published_at), count)
            rows.append(row(f"{prefix}_{key}" if prefix else key, value, size, reference))
    rows.append(row("cached", cached_download_ms(page, runs * 2), reference=reference))
    rows.append(row("revalidation", cached_download_ms(page, runs * 2, revalidate=True), reference=reference))
    for line in download_lines(rows):
        print(line)
    return {
        "measured_at": f"{timezone.localtime():%Y-%m-%d %H:%M}",
        "python": platform.python_version(),
        "database": connection.vendor,
        "cpus": os.cpu_count(),
        "page_title": page.title,
        "page_characters": len(job.all_text()),
        "rows": rows,
    }


def row(key, medians, size=None, reference=None):
    """A row of the report; `medians` and `reference` are (elapsed, CPU) medians in ms."""
    median, cpu = medians
    return {
        "key": key,
        "median_ms": round(median, 3),
        "cpu_ms": round(cpu, 3),
        "goal_ms": GOALS_MS.get(key),
        "size_bytes": size,
        "reference_ratio": round(median / reference[0], 2) if reference and reference[0] else None,
    }


def longest_template():
    pages = list(JobDescriptionPage.objects.live().select_related("locale"))
    if not pages:
        load_demo_job_descriptions()
        pages = list(JobDescriptionPage.objects.live().select_related("locale"))
    if not pages:
        raise SystemExit("Aucune fiche de poste publiée à mesurer.")
    return max(pages, key=lambda page: len(build_document(page).all_text()))


def cached_download_ms(page, runs, revalidate=False):
    """Median times of a full request for the DOCX once it is cached (or a 304 revalidation)."""
    hosts = [*settings.ALLOWED_HOSTS, "testserver"]
    url = f"{page.url}telecharger/docx/"
    # DEBUG off as in production (no query log), and nothing counted: rolled back at the end.
    with override_settings(ALLOWED_HOSTS=hosts, DEBUG=False), transaction.atomic():
        client = Client()
        cache.delete(PublishedFiles(page).cache_key(FORMATS["docx"]))
        first = client.get(url)
        if first.status_code != 200:
            raise SystemExit(f"{url} : réponse {first.status_code}")
        headers = {"HTTP_IF_NONE_MATCH": first["ETag"]} if revalidate else {}
        expected = 304 if revalidate else 200

        def request():
            response = client.get(url, **headers)
            assert response.status_code == expected, response.status_code

        result = median_ms(request, runs)
        transaction.set_rollback(True)  # the benchmark's downloads are not counted
    return result
