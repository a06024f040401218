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
    _tag_languages()
    return weasyprint


def _tag_languages():
    """Gives the tagged PDF's structure elements the `lang` of their HTML element (/Lang), as
    PDF/UA asks of a passage in another language than the document's (WCAG 3.1.2).

    WeasyPrint (70) writes the document's language in the catalog only. Its tag tree is built by
    one recursive function, `weasyprint.pdf.tags._build_box_tree`, wrapped here; a test reads the
    /Lang of a passage in a printed file, and fails if a WeasyPrint version changes this."""
    import pydyf
    from weasyprint.pdf import tags

    build = tags._build_box_tree
    if getattr(build, "tags_languages", False):
        return

    def build_with_languages(box, *args):
        element = getattr(box, "element", None)
        language = None
        if element is not None and getattr(box, "element_tag", None) not in ("html", "body"):
            language = element.get("lang")
        for structure in build(box, *args):
            if language and "Lang" not in structure:
                structure["Lang"] = pydyf.String(language)
            yield structure

    build_with_languages.tags_languages = True
    tags._build_box_tree = build_with_languages


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
    """In the PDF process, once: a lower CPU priority than the pages', then WeasyPrint loaded
    (about a second of CPU, which the pages keep when a recycled worker starts its process)."""
    if niceness:
        os.nice(niceness)
    _weasyprint()
