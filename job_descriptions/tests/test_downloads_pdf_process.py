"""With DOWNLOADS_PDF_PROCESS, WeasyPrint runs in a process of its own beside the web process, at a
lower CPU priority; gunicorn workers and the personalisation form start it; a PDF process that dies
is replaced; a PDF that takes too long gives the busy page, and a stuck PDF process is replaced."""

import os
import runpy
import signal
import time
from pathlib import Path

import pytest

from job_descriptions.downloads import limits, pdf_engine, pdf_process
from job_descriptions.tests.downloads_support import job_pages_fixture, pdf_text  # noqa: F401

pytestmark = pytest.mark.django_db
LAM = "travailleur-pair-en-lam"


@pytest.fixture
def printer(settings, monkeypatch):
    """A PDF process of the test's own (stopped at the end), used by the site."""
    settings.DOWNLOADS_PDF_PROCESS = True
    settings.DOWNLOADS_PDF_PROCESS_NICE = 5
    process = pdf_process.PdfProcess()
    monkeypatch.setattr("job_descriptions.downloads.pdf_writer.PDF_PROCESS", process)
    yield process
    process.stop()


def form_data(page, document_format, structure_name="CCAS de Processus"):
    return {
        "structure_name": structure_name,
        "lived_experience": page.lived_experience,
        "missions": [str(block.id) for block in page.missions],
        "format": document_format,
        "action": "download",
    }


def test_the_web_process_never_runs_weasyprint(client, job_pages, printer, monkeypatch):
    page = job_pages[LAM]

    def not_here(*args, **kwargs):
        raise AssertionError("WeasyPrint ran in the web process")

    form = client.get(f"{page.url}personnaliser/")
    assert form.status_code == 200 and printer.running()  # started by the form, for the download
    # The web process's WeasyPrint only: the PDF process has its own.
    monkeypatch.setattr(pdf_engine._weasyprint().HTML, "write_pdf", not_here)
    response = client.post(f"{page.url}personnaliser/", form_data(page, "pdf"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "CCAS de Processus" in pdf_text(response.content)

    child = printer.pid()
    assert child != os.getpid()
    assert os.getpriority(os.PRIO_PROCESS, child) >= os.getpriority(os.PRIO_PROCESS, 0) + 5


def test_each_gunicorn_worker_starts_its_pdf_process(printer):
    config = runpy.run_path(str(Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"))
    assert not printer.running()
    config["post_worker_init"](None)
    assert printer.running()


def test_a_pdf_process_that_dies_is_replaced(client, job_pages, printer):
    page = job_pages[LAM]
    first = printer.pid()
    os.kill(first, signal.SIGKILL)
    response = client.post(f"{page.url}personnaliser/", form_data(page, "pdf"))
    assert response.status_code == 200 and "CCAS de Processus" in pdf_text(response.content)
    assert printer.pid() not in (first, os.getpid())


def test_a_pdf_that_takes_too_long_gives_the_busy_page_and_a_stuck_process_is_replaced(
    client, job_pages, printer, monkeypatch
):
    page = job_pages[LAM]
    first = printer.pid()
    os.kill(first, signal.SIGSTOP)  # busy for as long as it takes
    try:
        monkeypatch.setattr(pdf_process, "PRINT_TIMEOUT", 0.5)
        refused = client.post(f"{page.url}personnaliser/", form_data(page, "pdf"))
        assert refused.status_code == 429 and refused["Retry-After"] == "10"
        assert "prépare déjà d'autres fiches" in refused.content.decode()
        # Busy is not broken: the same process, until its print has been unfinished too long.
        monkeypatch.setattr(pdf_process, "PRINT_TIMEOUT", 20)
        os.kill(first, signal.SIGCONT)
        assert printer.pid() == first
        os.kill(first, signal.SIGSTOP)
        monkeypatch.setattr(pdf_process, "PRINT_TIMEOUT", 0.5)
        other = form_data(page, "pdf", structure_name="CCAS de Bloqué")
        assert client.post(f"{page.url}personnaliser/", other).status_code == 429
        monkeypatch.setattr(pdf_process, "PRINT_TIMEOUT", 20)
        monkeypatch.setattr(pdf_process, "STUCK_AFTER", 0.2)
        time.sleep(0.3)
        response = client.post(f"{page.url}personnaliser/", form_data(page, "pdf", "CCAS de Remplacé"))
        assert response.status_code == 200 and "CCAS de Remplacé" in pdf_text(response.content)
        assert printer.pid() not in (first, os.getpid())
    finally:
        try:
            os.kill(first, signal.SIGCONT)
        except ProcessLookupError:
            pass


def test_a_pdf_the_employer_stopped_waiting_for_is_kept_for_the_same_choices(
    client, job_pages, printer, monkeypatch
):
    page = job_pages[LAM]
    child = printer.pid()
    os.kill(child, signal.SIGSTOP)
    try:
        monkeypatch.setattr(pdf_process, "PRINT_TIMEOUT", 0.5)
        assert client.post(f"{page.url}personnaliser/", form_data(page, "pdf")).status_code == 429
    finally:
        os.kill(child, signal.SIGCONT)
    monkeypatch.setattr(pdf_process, "PRINT_TIMEOUT", 20)
    assert printer.pid() == child  # answered after the print, which has then been kept
    monkeypatch.setattr(limits.HEAVY_SLOTS, "wait", 0)
    with limits.HEAVY_SLOTS.slot():  # no rendering possible: the kept file or nothing
        again = client.post(f"{page.url}personnaliser/", form_data(page, "pdf"))
    assert again.status_code == 200 and "CCAS de Processus" in pdf_text(again.content)


def test_without_the_setting_nothing_is_started(client, job_pages, settings, monkeypatch):
    settings.DOWNLOADS_PDF_PROCESS = False
    process = pdf_process.PdfProcess()
    monkeypatch.setattr("job_descriptions.downloads.pdf_writer.PDF_PROCESS", process)
    page = job_pages[LAM]
    client.get(f"{page.url}personnaliser/")
    response = client.post(f"{page.url}personnaliser/", form_data(page, "pdf"))
    assert response.status_code == 200 and not process.running()
