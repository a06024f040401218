"""PDF layout of a JobDocument: an HTML template printed by WeasyPrint.

WeasyPrint needs Pango (system libraries). Where they are missing, `pdf_available()` is False:
the site says the PDF format is unavailable and DOCX/ODT keep working. WeasyPrint never fetches
anything: the fetcher refuses every URL but inline `data:` ones, and the font is the machine's own
(DejaVu Sans, from Debian's fonts-dejavu-core: printable.py says which characters it draws).
"""

import functools
import logging

from django.template.loader import render_to_string

from job_descriptions.downloads.printable import FONT_FAMILY

logger = logging.getLogger(__name__)
TEMPLATE = "job_descriptions/downloads/job_description_pdf.html"


@functools.cache
def _weasyprint():
    """The weasyprint module, or None when it or its system libraries cannot be loaded."""
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: Pango/HarfBuzz libraries missing
        logger.warning("PDF indisponible : WeasyPrint ne peut pas être chargé (%s)", error)
        return None
    return weasyprint


def pdf_available():
    return _weasyprint() is not None


@functools.cache
def _fetcher_class():
    from weasyprint.urls import URLFetcher

    class LocalOnlyFetcher(URLFetcher):
        """Refuses every URL except inline data: the PDF never reaches another host."""

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            raise ValueError(f"Ressource externe refusée : {url[:80]}")

    return LocalOnlyFetcher


def render_pdf_html(job, published_at=None):
    return render_to_string(TEMPLATE, {"job": job, "published_at": published_at, "font_family": FONT_FAMILY})


def render_pdf(job, published_at=None):
    """Bytes of a PDF file for the JobDocument `job`; RuntimeError when WeasyPrint is missing."""
    weasyprint = _weasyprint()
    if weasyprint is None:
        raise RuntimeError("WeasyPrint is not available")
    html = weasyprint.HTML(
        string=render_pdf_html(job, published_at),
        base_url="about:blank",
        url_fetcher=_fetcher_class()(allowed_protocols=("data",)),
    )
    return html.write_pdf(pdf_variant="pdf/ua-1")
