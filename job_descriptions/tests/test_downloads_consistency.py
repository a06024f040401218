"""The employer's version of the LAM template, with the choices of the report (no outings, no
supervision nor practice analysis, three more technical tasks) and every HR field filled: the same
words in DOCX, ODT and PDF, dates as readers write them, and a page number on every page once
LibreOffice has opened the DOCX and the ODT, where a 200-character word stays inside the page."""

import datetime
import re
from collections import Counter

import pytest

from job_descriptions.downloads.content import build_document
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.tests.downloads_support import (  # noqa: F401
    READERS,
    convert_with_libreoffice,
    job_pages_fixture,
    normalise,
    pdf_pages,
    pdf_width_and_right_edge,
)
from job_descriptions.tests.test_downloads_hr import HR_FIELDS, post

pytestmark = pytest.mark.django_db
LAM = "travailleur-pair-en-lam"
FILLED = {
    **HR_FIELDS,
    "apply_deadline": "01/03/2030",
    "working_time": "80 %",
    "contract": "CDD de 12 mois",
    "pay": "Grille indiciaire, échelon 1",
    "apply_contact": "Mme Dupont\nrh@example.org",
}
PAGE_NUMBER = re.compile(r"page \d+ (?:sur|of) \d+")


def body_words(text, footer):
    """The words of a document without its footer (repeated on each page of a PDF)."""
    return Counter(re.findall(r"\w+", PAGE_NUMBER.sub(" ", text.replace(footer, " ")).lower()))


def test_the_three_formats_say_the_same_thing(client, job_pages):
    page = job_pages[LAM]
    files = {key: post(client, page, format=key, **FILLED).content for key in FORMATS}
    footer = normalise(f"Modèle : Pair à pair — {page.full_url}")
    words = {key: body_words(READERS[key](data), footer) for key, data in files.items()}
    assert words["docx"] == words["odt"] == words["pdf"]
    assert words["docx"]["1er"] == 2  # the start date as typed, and the deadline: 1er mars 2030
    for key, data in files.items():
        text = READERS[key](data)
        assert "1er mars 2030" in text and "Date limite 1er mars 2030" in text, key


def test_the_template_version_line_reads_1er(job_pages):
    page = job_pages[LAM]
    page.last_published_at = datetime.datetime(2026, 12, 1, 12, tzinfo=datetime.UTC)
    for key, file_format in FORMATS.items():
        text = READERS[key](file_format.render(build_document(page), None))
        assert "Version du 1er décembre 2026" in text, key


@pytest.mark.parametrize("key", ["docx", "odt"])
def test_libreoffice_numbers_every_page_of_the_employer_version(client, job_pages, key):
    page = job_pages[LAM]
    converted = convert_with_libreoffice(post(client, page, format=key, **FILLED).content, key)
    pages = pdf_pages(converted)
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"page {number} sur {len(pages)}" in normalise(text), (number, text[-300:])
        assert "Modèle : Pair à pair" in text and "Version du" not in text


@pytest.mark.parametrize("key", ["docx", "odt"])
def test_200_character_words_stay_inside_the_page_once_opened_in_libreoffice(client, job_pages, key):
    word = "x" * 200
    typed = {"structure_name": "y" * 150, "setting": word, "workplace": word, "extra_text_1": word}
    converted = convert_with_libreoffice(post(client, job_pages[LAM], format=key, **typed).content, key)
    page_width, right_edge, boxes = pdf_width_and_right_edge(converted)
    assert right_edge is not None and right_edge <= page_width - 40  # inside the 2 cm margin, roughly
    assert "x" * 40 in boxes and "y" * 40 in boxes
