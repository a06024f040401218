"""Uploaded documents must be what their extension says.

Wagtail already limits the extensions (WAGTAILDOCS_EXTENSIONS) and the size. This form base (set
by WAGTAILDOCS_DOCUMENT_FORM_BASE) also opens the file with a real parser: a PDF must open in a PDF
library and have a page; an OOXML file (DOCX, XLSX, PPTX) is a ZIP whose [Content_Types].xml
declares its main part with the right type; an OpenDocument file (ODT, ODS, ODP) starts with a
stored "mimetype" entry that its manifest confirms; CSV/TXT are text, and a CSV with a cell a
spreadsheet would run as a formula (=, +, -, @) is refused.
"""

import csv
import io
import os
import zipfile

import filetype
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from wagtail.documents.forms import BaseDocumentForm

HEAD_SIZE = 64 * 1024
# An office file's parts are read to check them: beyond this, the file is refused as suspicious.
MAX_PART_SIZE = 5 * 1024 * 1024
OOXML_MAIN_PARTS = {
    "docx": ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml"),
    "xlsx": ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml"),
    "pptx": ("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml"),
}
ODF_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
LABELS = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "xlsx": "Excel (XLSX)",
    "pptx": "PowerPoint (PPTX)",
    "odt": "OpenDocument texte (ODT)",
    "ods": "OpenDocument classeur (ODS)",
    "odp": "OpenDocument présentation (ODP)",
    "csv": "CSV",
    "txt": "texte (TXT)",
}
CONTENT_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
MANIFEST_NS = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
# A spreadsheet opens a cell starting with these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "@", "\t", "\r", "-")
CSV_DELIMITERS = (";", ",", "\t")


def _read_part(archive, name):
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_SIZE:
        raise ValueError(f"{name} is too large")
    return archive.read(name)


def _is_pdf(file):
    """A PDF that a PDF library opens, with at least one page."""
    try:
        reader = PdfReader(file, strict=False)
        return len(reader.pages) > 0
    except (PyPdfError, OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return False


def _is_ooxml(file, extension):
    """An OOXML package whose [Content_Types].xml declares its main part with the right type."""
    main_part, content_type = OOXML_MAIN_PARTS[extension]
    try:
        with zipfile.ZipFile(file) as archive:
            if main_part not in archive.namelist():
                return False
            types = ElementTree.fromstring(_read_part(archive, "[Content_Types].xml"))
            ElementTree.fromstring(_read_part(archive, main_part))
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, ElementTree.ParseError, DefusedXmlException):
        return False
    for override in types.iter(f"{CONTENT_TYPES_NS}Override"):
        if override.get("PartName", "").lstrip("/") == main_part:
            return override.get("ContentType", "").startswith(content_type)
    return False


def _is_odf(file, extension):
    """An OpenDocument package: "mimetype" first and stored, and a manifest of the same type."""
    expected = ODF_MIMETYPES[extension]
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
            if not entries or entries[0].filename != "mimetype":
                return False
            if entries[0].compress_type != zipfile.ZIP_STORED:
                return False
            declared = _read_part(archive, "mimetype").decode("ascii").strip()
            manifest = ElementTree.fromstring(_read_part(archive, "META-INF/manifest.xml"))
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        KeyError,
        UnicodeDecodeError,
        ElementTree.ParseError,
        DefusedXmlException,
    ):
        return False
    root_types = [
        entry.get(f"{MANIFEST_NS}media-type")
        for entry in manifest.iter(f"{MANIFEST_NS}file-entry")
        if entry.get(f"{MANIFEST_NS}full-path") == "/"
    ]
    return declared == expected and root_types == [expected]


def _text_encoding(head):
    """The encoding that decodes this sample as text, or None for binary data."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark
        return "utf-16"
    if b"\x00" in head:
        return None
    if filetype.guess(head) is not None:  # a known binary format (image, archive, executable, PDF…)
        return None
    for encoding in ("utf-8", "cp1252"):
        try:
            head.decode(encoding)
            return encoding
        except UnicodeDecodeError as error:
            # A multibyte character cut by the end of the sample is still text.
            if encoding == "utf-8" and error.start >= len(head) - 3:
                return encoding
    return None


def _is_text(head):
    return _text_encoding(head) is not None


def _is_formula(cell):
    cell = cell.strip(" \"'")
    if not cell.startswith(FORMULA_STARTS):
        return False
    # "-12,5" or "+33 6…" are numbers and phone numbers, not formulas.
    return not cell.lstrip("+-").replace(",", "").replace(".", "").replace(" ", "").isdigit()


def csv_has_formulas(file):
    """True when a cell of the CSV would be run as a formula by a spreadsheet."""
    file.seek(0)
    data = file.read()
    file.seek(0)
    encoding = _text_encoding(data[:HEAD_SIZE]) or "utf-8"
    text = data.decode(encoding, errors="replace")
    # Whatever the separator a spreadsheet picks, no cell may start a formula.
    return any(
        _is_formula(cell)
        for delimiter in CSV_DELIMITERS
        for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        for cell in row
    )


def content_matches_extension(file, extension):
    """True when the file's content is of the kind its extension announces."""
    file.seek(0)
    head = file.read(HEAD_SIZE)
    file.seek(0)
    try:
        if extension == "pdf":
            return _is_pdf(file)
        if extension in OOXML_MAIN_PARTS:
            return _is_ooxml(file, extension)
        if extension in ODF_MIMETYPES:
            return _is_odf(file, extension)
        if extension in ("csv", "txt"):
            return _is_text(head)
        return True  # other extensions are refused by WAGTAILDOCS_EXTENSIONS
    finally:
        file.seek(0)


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, which also checks that the content matches the extension."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not isinstance(file, UploadedFile):
            return file
        extension = os.path.splitext(file.name)[1].lower().lstrip(".")
        if file.size == 0:
            raise ValidationError(_("Ce fichier est vide."), code="empty_file")
        if extension in LABELS and not content_matches_extension(file, extension):
            raise ValidationError(
                _(
                    "Le contenu de ce fichier ne correspond pas à son extension « .%(extension)s » : "
                    "ce n'est pas un vrai fichier %(label)s. Enregistrez-le à nouveau dans ce format "
                    "depuis votre logiciel, ou choisissez le bon fichier."
                ),
                code="content_mismatch",
                params={"extension": extension, "label": LABELS[extension]},
            )
        if extension == "csv" and csv_has_formulas(file):
            raise ValidationError(
                _(
                    "Ce fichier CSV contient des formules (cellules qui commencent par =, +, - ou @) : "
                    "un tableur les exécuterait à l'ouverture. Enregistrez les valeurs seules, sans "
                    "formules, puis déposez le fichier à nouveau."
                ),
                code="csv_formula",
            )
        return file
