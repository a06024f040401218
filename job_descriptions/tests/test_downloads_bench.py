"""The downloads benchmark runs, prints its medians and rewrites only its own section."""

import io

import pytest
from django.core.management import call_command

from job_descriptions.models import DownloadCount
from job_descriptions.tests.downloads_support import job_pages_fixture  # noqa: F401
from resources.management.commands.benchmark_downloads import HEADING

pytestmark = pytest.mark.django_db


def test_benchmark_writes_its_own_section(job_pages, tmp_path):
    report = tmp_path / "performance.md"
    report.write_text("# Performances\n\n## Recherche\n\nMesures de la recherche.\n\n## Autre\n\nx\n")
    output = io.StringIO()
    for _ in range(2):
        call_command(
            "benchmark_downloads", "--in-place", runs=1, pdf_runs=1, report_file=str(report), stdout=output
        )
    text = report.read_text()
    assert text.count(HEADING) == 1
    assert "## Recherche\n\nMesures de la recherche." in text and "## Autre\n\nx" in text
    for label in ("Génération DOCX", "Génération ODT", "Génération PDF", "Téléchargement DOCX en cache"):
        assert label in text and label in output.getvalue()
    assert "travailleur·se pair·e en lits d'accueil médicalisés" in text
    assert not DownloadCount.objects.exists()
