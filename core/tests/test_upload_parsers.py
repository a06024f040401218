"""Uploads are opened by real parsers: a disguised file, a CSV with formulas, an SVG or an image
too large to decode are refused with a French message, and nothing is stored."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from odf.opendocument import OpenDocumentText
from odf.text import P
from PIL import Image as PillowImage
from pypdf import PdfWriter
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.document_checks import content_matches_extension, csv_has_formulas

pytestmark = pytest.mark.django_db


def real_pdf():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def real_odt():
    document = OpenDocumentText()
    document.text.addElement(P(text="Fiche de poste"))
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def zip_of(entries, compression=zipfile.ZIP_DEFLATED):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return output.getvalue()


def odt_with_mimetype_not_first():
    source = zipfile.ZipFile(io.BytesIO(real_odt()))
    entries = [(info.filename, source.read(info)) for info in source.infolist()]
    return zip_of(entries[1:] + entries[:1])


def upload_file(name, data):
    return SimpleUploadedFile(name, data)


DISGUISED = {
    # Starts like a PDF, is a web page.
    "page.pdf": b"%PDF-1.7\n<html><body><script>alert(1)</script></body></html>",
    "sans-page.pdf": b"%PDF-1.7\n%%EOF\n",
    # Two entry names are not a Word document: the content types must declare the main part.
    "deux-noms.docx": zip_of([("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<x/>")]),
    "xml-casse.docx": zip_of(
        [
            (
                "[Content_Types].xml",
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Override PartName="/word/document.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
            ),
            ("word/document.xml", "<w:document"),
        ]
    ),
    "mimetype-apres.odt": odt_with_mimetype_not_first(),
    "sans-manifeste.odt": zip_of(
        [("mimetype", "application/vnd.oasis.opendocument.text")], zipfile.ZIP_STORED
    ),
}


def test_real_files_still_pass():
    assert content_matches_extension(upload_file("guide.pdf", real_pdf()), "pdf")
    assert content_matches_extension(upload_file("fiche.odt", real_odt()), "odt")


@pytest.mark.parametrize("name", DISGUISED)
def test_shallow_lookalikes_are_refused(name):
    extension = name.rsplit(".", 1)[1]
    assert not content_matches_extension(upload_file(name, DISGUISED[name]), extension)


@pytest.mark.parametrize(
    "text, has_formulas",
    [
        ("nom;commune\nCCAS;Échirolles\n", False),
        ("structure;montant;téléphone\nCCAS;-12,5;+33 6 12 34 56 78\n", False),
        ('nom;lien\nCCAS;=HYPERLINK("http://exemple.invalid";"clic")\n', True),
        ("a,b\n1,+SUM(A1:A2)\n", True),
        ("a;b\n@cmd;2\n", True),
        ('a;b\n"=1+1";2\n', True),
    ],
)
def test_csv_formulas_are_found(text, has_formulas):
    assert csv_has_formulas(upload_file("liste.csv", text.encode())) is has_formulas


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editrice", "e@example.org", "x"))
    return client


def post_document(admin_client, name, data):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def post_image(admin_client, name, data):
    return admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_admin_refuses_a_pdf_that_is_a_web_page(admin_client):
    response = post_document(admin_client, "page.pdf", DISGUISED["page.pdf"])
    assert response.status_code == 200
    assert "ne correspond pas à son extension « .pdf »" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_admin_refuses_a_csv_with_formulas_and_accepts_plain_values(admin_client):
    response = post_document(admin_client, "liens.csv", b'nom;lien\nCCAS;=HYPERLINK("x";"y")\n')
    assert response.status_code == 200
    assert "contient des formules" in response.content.decode()
    assert not get_document_model().objects.exists()
    assert post_document(admin_client, "liste.csv", b"nom;commune\nCCAS;Grenoble\n").status_code == 302
    assert get_document_model().objects.filter(title="liste.csv").exists()


@pytest.mark.parametrize(
    "name, data",
    [
        ("dessin.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("page.html", b"<html><body>bonjour</body></html>"),
    ],
)
def test_admin_refuses_svg_and_html(admin_client, name, data):
    assert post_image(admin_client, name, data).status_code == 200
    assert post_document(admin_client, name, data).status_code == 200
    assert not get_image_model().objects.exists()
    assert not get_document_model().objects.exists()


def png(width, height, mode="RGB"):
    output = io.BytesIO()
    PillowImage.new(mode, (width, height)).save(output, "PNG")
    return output.getvalue()


def test_admin_decodes_images_within_a_pixel_limit(admin_client):
    assert post_image(admin_client, "photo.png", png(40, 30)).status_code == 302
    # 48 million pixels, a few kilobytes compressed: refused before it is decoded.
    response = post_image(admin_client, "immense.png", png(8000, 6000, mode="1"))
    assert response.status_code == 200
    assert list(get_image_model().objects.values_list("title", flat=True)) == ["photo.png"]
