"""PDF layout of a JobDocument: an HTML template (job_description_pdf.html) printed by WeasyPrint
(pdf_engine.py), in this process or, with DOWNLOADS_PDF_PROCESS (production), in the PDF process
beside it (pdf_process.py). Where WeasyPrint cannot be loaded, `pdf_available()` is False: the site
says the PDF format is unavailable and DOCX/ODT keep working. The font is the machine's own
(DejaVu Sans, from Debian's fonts-dejavu-core: printable.py says which characters it draws).
"""

from django.conf import settings
from django.template.loader import render_to_string

from job_descriptions.downloads import pdf_engine
from job_descriptions.downloads.pdf_process import PDF_PROCESS
from job_descriptions.downloads.printable import FONT_FAMILY

TEMPLATE = "job_descriptions/downloads/job_description_pdf.html"


def pdf_available():
    return pdf_engine.available()


def in_separate_process():
    return bool(getattr(settings, "DOWNLOADS_PDF_PROCESS", False))


def render_pdf_html(job, published_at=None):
    return render_to_string(TEMPLATE, {"job": job, "published_at": published_at, "font_family": FONT_FAMILY})


def render_pdf(job, published_at=None):
    """Bytes of a PDF file for the JobDocument `job`; RuntimeError when WeasyPrint is missing."""
    html = render_pdf_html(job, published_at)
    if in_separate_process() and pdf_available():
        return PDF_PROCESS.print(html)
    return pdf_engine.html_to_pdf(html)


def prepare_printer():
    """Starts the PDF process now if it will be needed (the personalisation form calls it)."""
    if in_separate_process() and pdf_available():
        PDF_PROCESS.start()
