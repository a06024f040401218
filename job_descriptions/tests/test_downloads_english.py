"""The English templates give English documents: the employer's version and the notes in every
format, with English labels and HR field labels, English metadata language, file names and dates,
and the form takes dates day first, as its help text says."""

import datetime
import io
import re
import zipfile
from urllib.parse import unquote

import pytest
from docx import Document
from pypdf import PdfReader

from job_descriptions.downloads.content import build_document
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.tests.downloads_support import (  # noqa: F401
    READERS,
    assert_contains_all,
    filename_star,
    job_pages_fixture,
)
from job_descriptions.tests.test_downloads_hr import choices

pytestmark = pytest.mark.django_db
HR = {
    "workplace": "12 Example Street, Grenoble",
    "functional_link": "The coordinating nurse",
    "working_time": "80%",
    "schedule": "Monday to Friday, 9 am to 5 pm",
    "status": "association",
    "contract": "Permanent contract",
    "classification": "Grade 3, coefficient 350",
    "pay": "£24,000 a year",
    "start_date": "As soon as possible",
    "apply_contact": "HR department, jobs@example.org",
    "apply_deadline": "01/03/2030",  # day first: 1 March 2030
    "equal_opportunity": "on",
}
ENGLISH_LABELS = [
    "JOB DESCRIPTION",  # the kicker, in capitals
    "The service",
    "Service",
    "Job title",
    "Responsibilities",
    "Skills",
    "Place of work",
    "Reporting line",
    "Functional link",
    "Working hours",
    "Schedule",
    "Status",
    "Contract",
    "Grade or classification",
    "Pay",
    "Start date",
    "How to apply",
    "Deadline",
    "1 March 2030",
    "Employee of an association, under its collective agreement",
    "We consider every application without discrimination",
    "Template: Pair à pair",
]
FRENCH = ["Fiche de poste", "Lieu de travail", "Rémunération", "Pour candidater", "Modèle :", "mars", "sur 1"]


def english_url(page):
    return f"{page.url}personalise/"


def metadata_language(key, data):
    if key == "pdf":
        return str(PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"])
    if key == "docx":
        return Document(io.BytesIO(data)).core_properties.language
    meta = zipfile.ZipFile(io.BytesIO(data)).read("meta.xml").decode()
    return re.search(r"<dc:language>([^<]+)</dc:language>", meta).group(1)


@pytest.mark.parametrize("key", ["docx", "odt", "pdf"])
def test_the_english_personalisation_is_english_in_every_format(client, job_pages, key):
    page = job_pages["en"]
    data = choices(page, format=key, structure_name="Grenoble CCAS", **HR)
    data["missions"] = [str(b.id) for b in page.missions if "errands outside" not in b.value["text"]]
    response = client.post(english_url(page), data)
    assert not response["Content-Type"].startswith("text/html"), response.content[-3000:]
    text = READERS[key](response.content)
    assert_contains_all(
        text, ENGLISH_LABELS + [value for name, value in HR.items() if name in ("pay", "schedule")]
    )
    assert "4 technical tasks out of 12 missions." in text and "Accompanying people outside" not in text
    for french in FRENCH:
        assert french not in text, french
    assert metadata_language(key, response.content).startswith("en")
    name = unquote(filename_star(response["Content-Disposition"]))
    assert name == f"Job description – {page.job_title} – Grenoble CCAS.{key}"


def test_the_english_notes_and_template_are_english_with_english_dates(client, job_pages):
    page = job_pages["en"]
    data = choices(page, format="odt", document="notes", structure_name="Grenoble CCAS", pay="")
    response = client.post(english_url(page), data)
    text = READERS["odt"](response.content)
    assert_contains_all(text, ["NOTES FOR THE EMPLOYER", "Points to watch", "The pay is not stated"])
    assert "Notes for the employer" in unquote(filename_star(response["Content-Disposition"]))
    # The template's version line: the date in English words.
    page.last_published_at = datetime.datetime(2026, 12, 1, 12, tzinfo=datetime.UTC)
    for key, file_format in FORMATS.items():
        text = READERS[key](file_format.render(build_document(page), None))
        assert "Version of 1 December 2026" in text, key
        assert "décembre" not in text and "1er" not in text


def test_the_english_form_takes_the_date_day_first_and_says_so(client, job_pages):
    page = job_pages["en"]
    html = client.get(english_url(page)).content.decode()
    assert "As dd/mm/yyyy." in html and "Place of work" in html and "Reporting line" in html
    assert "The sentence added to the job description" in html and "without discrimination" in html
    response = client.post(english_url(page), choices(page, action="check", apply_deadline="31/01/2030"))
    assert 'class="field__error"' not in response.content.decode()
    response = client.post(english_url(page), choices(page, action="check", apply_deadline="2030-31-01"))
    assert "Enter a date, for example 31/01/2027." in response.content.decode()
