"""`manage.py benchmark [--pages N]`: search latency and SQL queries at 1,000 and 10,000 pages.

Runs in its own PostgreSQL database (`pairapair_bench`, created then dropped), never in the
developer's: the library is generated in bulk, indexed, then each target is requested through
Django's full stack. Figures are printed and written to bench.json in the working directory.
"""

import json
import time
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import override_settings

BENCH_DATABASE = "pairapair_bench"
DEFAULT_SIZES = [1000, 10000]
GOALS = {"search_p95_ms": 150, "autocomplete_p95_ms": 50, "search_queries": 10}
BENCH_SETTINGS = {
    "DEBUG": False,
    "ALLOWED_HOSTS": ["*"],
    "ROOT_URLCONF": "search.bench.urls",
    "CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
}


class Command(BaseCommand):
    help = "Mesure la recherche sur une bibliothèque de 1 000 et 10 000 pages (PostgreSQL)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, help="Une seule taille de bibliothèque.")
        parser.add_argument("--keep", action="store_true", help=f"Garder la base {BENCH_DATABASE}.")
        parser.add_argument("--output", default="bench.json", help="Fichier des résultats (JSON).")
        parser.add_argument("--no-report", action="store_true", help="N'écrit pas docs/performance.md.")
        parser.add_argument(
            "--report-file",
            default=str(Path(settings.BASE_DIR) / "docs" / "performance.md"),
            help="Document où le tableau des mesures est tenu à jour (section « Recherche »).",
        )

    def handle(self, *args, pages=None, keep=False, output="bench.json", **options):
        if connection.vendor != "postgresql":
            raise CommandError("Le banc d'essai demande PostgreSQL : DATABASE_URL=postgres://… make bench")
        sizes = [pages] if pages else DEFAULT_SIZES
        if any(size < 10 for size in sizes):
            raise CommandError("Au moins 10 pages.")
        with override_settings(**BENCH_SETTINGS):
            connection.settings_dict.setdefault("TEST", {})["NAME"] = BENCH_DATABASE
            self.stdout.write(f"Base {BENCH_DATABASE} : création et migrations…")
            original_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
            try:
                rows = self.run_sizes(sorted(sizes))
                with connection.cursor() as cursor:
                    cursor.execute("SHOW server_version")
                    server_version = cursor.fetchone()[0].split()[0]
            finally:
                connection.creation.destroy_test_db(original_name, verbosity=0, keepdb=keep)
        Path(output).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        self.stdout.write(f"Résultats écrits dans {output}.")
        self.check_goals(rows)
        if not pages and not options.get("no_report"):
            from search.bench.report import write_report

            write_report(rows, options["report_file"], server_version)
            self.stdout.write(f"Tableau mis à jour dans {options['report_file']}.")

    def run_sizes(self, sizes):
        from core.site_cache import new_generation
        from search import backends
        from search.bench.build import add_pages, index_pages
        from search.bench.corpus import Corpus
        from search.bench.measure import measure

        ContentType.objects.clear_cache()
        backends._locale_languages.clear()
        sections = self.site_tree()
        corpus, built, rows = Corpus(), 0, []
        for size in sizes:
            start = time.perf_counter()
            pages = add_pages(sections, size - built, corpus=corpus)
            index_pages(pages)
            new_generation()  # rows were written in bulk, without the signals that do it
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")  # what autovacuum does on a live site
            built = size
            self.stdout.write(f"{size} pages construites et indexées en {time.perf_counter() - start:.0f} s.")
            theme, region = self.busy_facets()
            size_rows = measure(sections[""], theme, region, size)
            self.print_rows(size_rows)
            rows.extend(size_rows)
        return rows

    def site_tree(self):
        from demo.loader import DemoLoader

        return DemoLoader().ensure_site_tree()[1]

    def busy_facets(self):
        """A theme and a region with many pages, for the "query and two facets" target."""
        from django.db.models import Count

        from taxonomy.models import Region, Theme

        theme = Theme.objects.filter(locale__language_code="fr").annotate(n=Count("pages")).order_by("-n")[0]
        region = (
            Region.objects.filter(locale__language_code="fr").annotate(n=Count("pages")).order_by("-n")[0]
        )
        return theme.slug, region.slug

    def print_rows(self, rows):
        header = ["cible".ljust(18), "pages".rjust(7), "p50 ms".rjust(9), "p95 ms".rjust(9)]
        header += ["requêtes".rjust(10), "recherche".rjust(11), "après modif.".rjust(14)]
        header += ["× constante".rjust(13)]
        self.stdout.write("".join(header))
        for row in rows:
            search = "" if row["search_queries"] is None else str(row["search_queries"])
            self.stdout.write(
                f"{row['target']:<18}{row['pages']:>7}{row['p50_ms']:>9.1f}{row['p95_ms']:>9.1f}"
                f"{row['queries']:>10}{search:>11}{row['queries_after_edit']:>14}{row['ratio']:>13}"
            )

    def check_goals(self, rows):
        misses = []
        for row in rows:
            if row["target"] == "trivial":
                continue
            limit = (
                GOALS["autocomplete_p95_ms"] if row["target"] == "autocomplete" else GOALS["search_p95_ms"]
            )
            if row["p95_ms"] > limit:
                misses.append(f"{row['target']} à {row['pages']} pages : p95 {row['p95_ms']} ms > {limit} ms")
            if row["queries"] > GOALS["search_queries"]:
                misses.append(f"{row['target']} : {row['queries']} requêtes SQL par page > 10")
        if misses:
            self.stdout.write(self.style.WARNING("Objectifs non atteints :\n- " + "\n- ".join(misses)))
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    "Objectifs atteints : p95 ≤ 150 ms (autocomplétion ≤ 50 ms), ≤ 10 requêtes SQL par page."
                )
            )
