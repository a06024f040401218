"""Every character the personalisation form accepts is drawn by the PDF's own font; what it cannot
draw is refused next to the field, in the page's language; what is accepted says the same thing in
DOCX, ODT and PDF."""

import io
import logging
import re
import unicodedata
import zipfile

import pytest
from docx import Document
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from job_descriptions.downloads.document import Block, JobDocument, clean_text
from job_descriptions.downloads.pdf_writer import render_pdf
from job_descriptions.downloads.printable import INVISIBLE, covered_code_points, font_files, unprintable
from job_descriptions.tests.downloads_support import (  # noqa: F401
    READERS,
    job_pages_fixture,
    pdf_pages,
)
from job_descriptions.tests.test_downloads_personalise import LAM, form_data, url

# WeasyPrint says so, on its logger, each time it prints a box for a character no font draws.
NOTDEF = ".notdef glyph rendered"


def embedded_fonts(data):
    """The PostScript names of the fonts a PDF embeds, without their subset prefix."""
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def printed(text, caplog):
    """A PDF with `text` in regular (a paragraph) and bold (a table label): (bytes, boxes drawn)."""
    job = JobDocument(
        language="fr",
        kicker="Fiche de poste",
        title="Essai",
        structure_heading="La structure",
        structure=((text, "x"),),
        blocks=(Block("paragraph", text),),
        site_name="Pair à pair",
        url="",
        version="",
        filename="essai",
    )
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        data = render_pdf(job)
    return data, [record.getMessage() for record in caplog.records if NOTDEF in record.getMessage()]


def test_every_character_the_form_accepts_is_drawn_by_the_pdf_font(caplog):
    covered = covered_code_points()
    assert covered and 0x00E9 in covered and 0x1F91D not in covered  # é, not 🤝
    accepted = sorted(
        point
        for point in set(covered) | INVISIBLE
        if not unprintable(chr(point)) and chr(point) not in "\n\t"
    )
    assert len(accepted) > 5000 and 0x200F in accepted and 0x2066 in accepted  # RLM, LRI
    # As the form gives them: clean_text() first (a Unicode line separator becomes a line break).
    data, boxes = printed(clean_text(" ".join(chr(point) for point in accepted)), caplog)
    assert not boxes, boxes[:5]
    # Drawn by the font files read for the check, and by no fallback font.
    names = {TTFont(path, lazy=True)["name"].getDebugName(4).replace(" ", "-") for path in font_files()}
    assert embedded_fonts(data) == names == {"DejaVu-Sans", "DejaVu-Sans-Bold"}


@pytest.mark.parametrize(
    "character",
    ["🤝", "日", "\U0001f3f3\ufe0f", "\uf400", "\u0f3a"],
    ids=["emoji", "cjk", "flag-emoji", "private-use", "tibetan"],
)
def test_what_the_font_cannot_draw_is_refused_and_would_have_been_a_box(character, caplog):
    assert unprintable(f"a{character}b")
    if unicodedata.category(character[0]) != "Co":  # a private-use glyph means something only in DejaVu
        assert printed(f"a{character}b", caplog)[1]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_refusal_is_next_to_the_field_in_the_page_language(client, job_pages, language):
    page = job_pages[LAM if language == "fr" else "en"]
    address = url(page) if language == "fr" else f"{page.url}personalise/"
    data = form_data(page, workplace="Au centre 🏠", pay="Grille\u3000A", apply_contact="rh\u2066@x\u2069")
    html = client.post(address, data).content.decode()
    workplace = re.search(r'id="id_workplace_error">(.*?)</p>', html, re.S).group(1)
    pay = re.search(r'id="id_pay_error">(.*?)</p>', html, re.S).group(1)
    message = "ne peuvent pas être imprimés" if language == "fr" else "cannot be printed"
    assert message in workplace and "🏠" in workplace
    assert message in pay and "U+3000" in pay  # an invisible character is named by its code
    assert 'id="id_apply_contact_error"' not in html  # directional isolates are never drawn: accepted
    assert 'aria-describedby="id_workplace_helptext id_workplace_error"' in html


@pytest.mark.django_db
def test_accepted_marks_and_separators_say_the_same_in_every_format(client, job_pages):
    """Directional marks pass; a Unicode line separator or NEL is a line break; DEL and C1 controls
    are dropped: the same in the three formats."""
    page = job_pages[LAM]
    typed = {
        "workplace": "Grenoble\u2028Quartier Mistral",
        "schedule": "Lundi\x85Mardi",
        "apply_contact": "Mme\x7f A\u200f\x9b",
    }
    for key in ("docx", "odt", "pdf"):
        response = client.post(url(page), form_data(page, format=key, **typed))
        assert not response["Content-Type"].startswith("text/html"), key
        data = response.content
        if key == "docx":
            cells = [c.text for t in Document(io.BytesIO(data)).tables for r in t.rows for c in r.cells]
            assert (
                "Grenoble\nQuartier Mistral" in cells and "Lundi\nMardi" in cells and "Mme A\u200f" in cells
            )
        elif key == "odt":
            content = zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode()
            assert "Grenoble<text:line-break/>Quartier Mistral" in content
            assert "Lundi<text:line-break/>Mardi" in content and "Mme A\u200f<" in content
        else:
            text = "\n".join(pdf_pages(data))
            assert re.search(r"Grenoble\s*\n\s*Quartier Mistral", text) and re.search(
                r"Lundi\s*\n\s*Mardi", text
            )
        assert "\x7f" not in READERS[key](data) and "\x9b" not in READERS[key](data)
