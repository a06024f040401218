"""Editors' uploads: a document whose content does not match its extension is refused in French."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document as DocxDocument
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.text import P
from pypdf import PdfWriter
from wagtail.documents import get_document_model
from wagtail.models import Collection

from core.document_checks import content_matches_extension

pytestmark = pytest.mark.django_db


def docx_bytes():
    document = DocxDocument()
    document.add_paragraph("Fiche de poste")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def odf_bytes(document_class=OpenDocumentText):
    document = document_class()
    if document_class is OpenDocumentText:
        document.text.addElement(P(text="Fiche de poste"))
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def ooxml_bytes(main_part, content_type):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Override PartName="/{main_part}" ContentType="{content_type}"/></Types>',
        )
        archive.writestr(main_part, "<x/>")
    return output.getvalue()


def pdf_bytes():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
GOOD = {
    "fiche.docx": docx_bytes,
    "fiche.odt": odf_bytes,
    "tableau.ods": lambda: odf_bytes(OpenDocumentSpreadsheet),
    "tableau.xlsx": lambda: ooxml_bytes(
        "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    ),
    "diapos.pptx": lambda: ooxml_bytes(
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    ),
    "guide.pdf": pdf_bytes,
    "liste.csv": lambda: "nom;commune\nCCAS;Échirolles\n".encode("cp1252"),
    "notes.txt": lambda: "Travail pair : notes de réunion.\n".encode(),
}
BAD = {
    "faux.docx": lambda: b"Ceci n'est pas un document Word.",
    "faux.odt": docx_bytes,
    "faux.ods": odf_bytes,  # an ODF text renamed as a spreadsheet
    "faux.xlsx": docx_bytes,
    "image.pdf": lambda: PNG,
    "archive.csv": docx_bytes,
    "binaire.txt": lambda: b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64,
    "zip-casse.pptx": lambda: b"PK\x03\x04 tronque",
}


@pytest.mark.parametrize("name", GOOD)
def test_real_files_match_their_extension(name):
    upload = SimpleUploadedFile(name, GOOD[name]())
    assert content_matches_extension(upload, name.rsplit(".", 1)[1])


@pytest.mark.parametrize("name", BAD)
def test_disguised_files_do_not_match(name):
    upload = SimpleUploadedFile(name, BAD[name]())
    assert not content_matches_extension(upload, name.rsplit(".", 1)[1])


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editrice", "e@example.org", "x"))
    return client


def upload(admin_client, name, data):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_admin_accepts_a_real_document(admin_client):
    response = upload(admin_client, "fiche.odt", odf_bytes())
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="fiche.odt").exists()


@pytest.mark.parametrize("name", ["faux.docx", "image.pdf", "faux.ods"])
def test_admin_refuses_a_disguised_document_with_a_french_message(admin_client, name):
    response = upload(admin_client, name, BAD[name]())
    assert response.status_code == 200
    html = response.content.decode()
    extension = name.rsplit(".", 1)[1]
    assert f"ne correspond pas à son extension « .{extension} »" in html
    assert not get_document_model().objects.exists()


def test_admin_refuses_an_empty_file_and_a_forbidden_extension(admin_client):
    assert (
        "Ce fichier est vide." in upload(admin_client, "vide.pdf", b"").content.decode()
        or "Le fichier soumis est vide." in upload(admin_client, "vide.pdf", b"").content.decode()
    )
    response = upload(admin_client, "programme.exe", b"MZ\x90\x00")
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_multiple_upload_refuses_a_disguised_document(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile("faux.docx", b"texte"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "ne correspond pas à son extension" in response.json()["error_message"]
