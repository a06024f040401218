"""WeasyPrint itself: HTML in, PDF bytes out, and nothing of Django.

Run in the process that asks for a PDF, or in the PDF process beside it
(job_descriptions/downloads/pdf_process.py), which imports this module alone. WeasyPrint needs
Pango (system libraries); where they are missing, `available()` is False. It never fetches
anything: the fetcher refuses every URL but inline `data:` ones, and the fonts are the machine's
own (DejaVu, from Debian's fonts-dejavu-core).
"""

import functools
import logging
import os

logger = logging.getLogger(__name__)


@functools.cache
def _weasyprint():
    """The weasyprint module, or None when it or its system libraries cannot be loaded."""
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: Pango/HarfBuzz libraries missing
        logger.warning("PDF indisponible : WeasyPrint ne peut pas être chargé (%s)", error)
        return None
    return weasyprint


def available():
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


def html_to_pdf(html):
    """Bytes of a tagged PDF (PDF/UA-1) printed from `html`; RuntimeError without WeasyPrint."""
    weasyprint = _weasyprint()
    if weasyprint is None:
        raise RuntimeError("WeasyPrint is not available")
    document = weasyprint.HTML(
        string=html,
        base_url="about:blank",
        url_fetcher=_fetcher_class()(allowed_protocols=("data",)),
    )
    return document.write_pdf(pdf_variant="pdf/ua-1")


def start_printer(niceness):
    """In the PDF process, once: WeasyPrint loaded, then a lower CPU priority than the pages'."""
    _weasyprint()
    if niceness:
        os.nice(niceness)
