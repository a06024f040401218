"""Shared by the download tests: the demo job descriptions, and independent readers of each format."""

import io
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from testing.database import LAYERS

IN_CI = os.environ.get("CI", "").lower() == "true"


def build_job_pages():
    """The three demo job descriptions (one also in English), published: a database layer."""
    from demo.data.job_descriptions import JOB_DESCRIPTIONS
    from job_descriptions.models import JobDescriptionPage
    from testing.database import site_tree

    tree = site_tree()
    loader = tree["loader"]
    section = tree["sections"]["fiche-de-poste"]
    pages = [
        loader.ensure_item(section, JobDescriptionPage, data, loader.fill_job_description)
        for data in JOB_DESCRIPTIONS
    ]
    keys = {page.slug: page.pk for page in pages}
    english = JobDescriptionPage.objects.filter(locale__language_code="en").first()
    if english is not None:
        keys["en"] = english.pk
    return keys


LAYERS.register("job_pages", build_job_pages)


@pytest.fixture(name="job_pages")
def job_pages_fixture(site_tree):
    """The three demo job descriptions (one also in English), published. Keys: French slugs.
    Built once (a database layer); each test gets its own instances."""
    from job_descriptions.models import JobDescriptionPage

    keys = LAYERS.data("job_pages")
    return {key: JobDescriptionPage.objects.get(pk=pk) for key, pk in keys.items()}


def normalise(text):
    return " ".join(text.split())


def docx_text(data):
    from docx import Document

    document = Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(paragraph.text for paragraph in section.footer.paragraphs)
    return normalise("\n".join(parts))


def docx_headings(data):
    from docx import Document

    document = Document(io.BytesIO(data))
    return [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]


def odt_text(data):
    from odf import teletype, text
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    parts = []
    for element_type in (text.H, text.P):
        parts.extend(teletype.extractText(element) for element in document.getElementsByType(element_type))
    # The footer lives in the master page (styles.xml).
    parts.extend(teletype.extractText(element) for element in document.masterstyles.getElementsByType(text.P))
    return normalise("\n".join(parts))


def pdf_text(data):
    """Text of a PDF with poppler's pdftotext when installed, otherwise pypdf."""
    if shutil.which("pdftotext"):
        result = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True, timeout=60
        )
        text = result.stdout.decode("utf-8")
    else:
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return normalise(text)


def pdf_pages(data):
    """The raw text of each page of a PDF (pdftotext's form feeds), line breaks kept."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True, timeout=60
    )
    return [page for page in result.stdout.decode("utf-8").split("\f") if page.strip()]


READERS = {"docx": docx_text, "odt": odt_text, "pdf": pdf_text}


def pdf_width_and_right_edge(data):
    """(page width, rightmost edge of any word) of a PDF, in points (pdftotext's bounding boxes),
    and the boxes' text: what shows whether long words stay inside the page."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as source:
        source.write(data)
        source.flush()
        boxes = subprocess.run(
            ["pdftotext", "-bbox", source.name, "-"], capture_output=True, check=True, timeout=60
        ).stdout.decode()
    page_width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    right_edges = [float(value) for value in re.findall(r'xMax="([\d.]+)"', boxes)]
    return page_width, max(right_edges, default=None), boxes


def libreoffice():
    """Path of LibreOffice's soffice; under CI=true its absence is a failure, not a skip."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        if IN_CI:
            pytest.fail("LibreOffice (soffice) is missing under CI=true: run scripts/install-test-deps.sh")
        pytest.skip("LibreOffice is not installed (scripts/install-test-deps.sh installs it)")
    return path


def convert_with_libreoffice(data, extension, target="pdf"):
    """Converts a document with LibreOffice headless and returns the converted bytes."""
    soffice = libreoffice()
    with tempfile.TemporaryDirectory(prefix="pap-lo-") as folder:
        source = Path(folder) / f"fiche.{extension}"
        source.write_bytes(data)
        profile = Path(folder) / "profile"
        result = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(Path(folder) / "out"),
                str(source),
            ],
            capture_output=True,
            timeout=180,
            check=False,
        )
        converted = Path(folder) / "out" / f"fiche.{target}"
        assert converted.exists(), (result.returncode, result.stdout[-500:], result.stderr[-500:])
        return converted.read_bytes()


def mission_texts(page):
    return [block.value["text"] for block in page.missions]


def assert_contains_all(text, expected):
    missing = [item for item in expected if normalise(item) not in text]
    assert not missing, f"missing from the document: {missing}"


def filename_star(header):
    match = re.search(r"filename\*=UTF-8''([^;]+)", header)
    return match.group(1) if match else None
