"""Times the job-description files: generation of each format and a cached download.

    manage.py benchmark_downloads [--runs 30] [--pdf-runs 15] [--no-report] [--in-place]

Runs in its own database (`pairapair_bench_downloads`, created, filled with the demo job
descriptions, then dropped), never in the developer's; `--in-place` measures the configured
database instead (tests). Uses the longest job description, prints the median times and writes
them to docs/performance.md under their own heading: that section is replaced, the rest of the
file is left as it is.
"""

import os
import platform
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import override_settings
from django.utils import timezone

from job_descriptions.downloads.content import build_document
from job_descriptions.downloads.files import PublishedFiles
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.models import JobDescriptionPage

HEADING = "## Téléchargements des fiches de poste"
BENCH_DATABASE = "pairapair_bench_downloads"
GOALS_MS = {"docx": 60, "odt": 20, "pdf": 400, "cached": 10}


def median_ms(function, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def load_demo_job_descriptions():
    """The demo's job descriptions (and the pages they hang from), in both languages."""
    from demo.data.job_descriptions import JOB_DESCRIPTIONS
    from demo.loader import DemoLoader

    loader = DemoLoader()
    _home, sections, _standard = loader.ensure_site_tree()
    for data in JOB_DESCRIPTIONS:
        loader.ensure_item(sections["fiche-de-poste"], JobDescriptionPage, data, loader.fill_job_description)


class Command(BaseCommand):
    help = "Mesure la génération des fiches de poste (DOCX, ODT, PDF) et le téléchargement en cache."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument("--pdf-runs", type=int, default=15)
        parser.add_argument("--no-report", action="store_true", help="n'écrit pas docs/performance.md")
        parser.add_argument("--report-file", default=str(Path(settings.BASE_DIR) / "docs" / "performance.md"))
        parser.add_argument("--in-place", action="store_true", help="mesure dans la base configurée")

    def handle(self, *args, in_place=False, **options):
        if in_place:
            return self.measure(**options)
        with override_settings(DEBUG=False):
            connection.settings_dict.setdefault("TEST", {})["NAME"] = BENCH_DATABASE
            self.stdout.write(f"Base {BENCH_DATABASE} : création, migrations, fiches de démonstration…")
            original_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
            try:
                self.measure(**options)
            finally:
                connection.creation.destroy_test_db(original_name, verbosity=0)

    def measure(self, runs, pdf_runs, no_report, report_file, **options):
        page = self.longest_template()
        job = build_document(page)
        self.stdout.write(f"Fiche la plus longue : « {page.title} » ({len(job.all_text())} caractères)")
        results = {}
        for key, file_format in FORMATS.items():
            if not file_format.is_available():
                self.stdout.write(f"{file_format.label} : indisponible (bibliothèques système manquantes)")
                continue
            size = len(file_format.render(build_document(page), page.last_published_at))  # warm-up
            count = pdf_runs if key == "pdf" else runs
            results[key] = (
                median_ms(
                    lambda fmt=file_format: fmt.render(build_document(page), page.last_published_at), count
                ),
                size,
            )
        results["cached"] = (self.cached_download_ms(page, runs * 2), None)
        results["revalidation"] = (self.cached_download_ms(page, runs * 2, revalidate=True), None)

        lines = self.format_lines(results)
        for line in lines:
            self.stdout.write(line)
        if not no_report:
            self.write_report(Path(report_file), page, lines)
            self.stdout.write(f"Résultats écrits dans {report_file}")

    def longest_template(self):
        pages = list(JobDescriptionPage.objects.live().select_related("locale"))
        if not pages:
            load_demo_job_descriptions()
            pages = list(JobDescriptionPage.objects.live().select_related("locale"))
        if not pages:
            raise CommandError("Aucune fiche de poste publiée à mesurer.")
        return max(pages, key=lambda page: len(build_document(page).all_text()))

    def cached_download_ms(self, page, runs, revalidate=False):
        """Median time of a full request for the DOCX once it is cached (or a 304 revalidation)."""
        hosts = [*settings.ALLOWED_HOSTS, "testserver"]
        url = f"{page.url}telecharger/docx/"
        # DEBUG off as in production (no query log), and nothing counted: rolled back at the end.
        with override_settings(ALLOWED_HOSTS=hosts, DEBUG=False), transaction.atomic():
            client = Client()
            cache.delete(PublishedFiles(page).cache_key(FORMATS["docx"]))
            first = client.get(url)
            if first.status_code != 200:
                raise CommandError(f"{url} : réponse {first.status_code}")
            headers = {"HTTP_IF_NONE_MATCH": first["ETag"]} if revalidate else {}
            expected = 304 if revalidate else 200

            def request():
                response = client.get(url, **headers)
                assert response.status_code == expected, response.status_code

            result = median_ms(request, runs)
            transaction.set_rollback(True)  # the benchmark's downloads are not counted
        return result

    def format_lines(self, results):
        labels = {
            "docx": "Génération DOCX",
            "odt": "Génération ODT",
            "pdf": "Génération PDF",
            "cached": "Téléchargement DOCX en cache (requête complète)",
            "revalidation": "Nouvelle demande inchangée (304)",
        }
        lines = ["| mesure | médiane | objectif | taille |", "|---|---|---|---|"]
        for key, (value, size) in results.items():
            goal = GOALS_MS.get(key)
            status = "" if goal is None else (" ✓" if value <= goal else " ✗")
            goal_text = f"≤ {goal} ms{status}" if goal else "—"
            size_text = f"{size / 1024:.1f} Kio" if size else "—"
            lines.append(f"| {labels[key]} | {value:.1f} ms | {goal_text} | {size_text} |")
        return lines

    def write_report(self, path, page, lines):
        context = (
            f"Mesuré le {timezone.localtime():%Y-%m-%d %H:%M} avec `manage.py benchmark_downloads` "
            f"(`make bench`, base jetable) : Python {platform.python_version()}, {connection.vendor}, "
            f"{os.cpu_count()} cœurs ; fiche la plus longue de la démonstration : « {page.title} ». "
            "Médianes ; génération sans cache, téléchargement en cache par le client de test de Django, "
            "DEBUG désactivé."
        )
        section = "\n".join([HEADING, "", context, "", *lines, ""]) + "\n"
        text = path.read_text(encoding="utf-8") if path.exists() else "# Performances\n\n"
        start = text.find(HEADING + "\n")
        if start == -1:
            text = text.rstrip("\n") + "\n\n" + section
        else:
            end = text.find("\n## ", start + len(HEADING))
            text = text[:start] + section + (text[end + 1 :] if end != -1 else "")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
