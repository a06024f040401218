"""Uploaded documents must be what their extension says.

Wagtail already limits the extensions (WAGTAILDOCS_EXTENSIONS) and the size. This form base (set
by WAGTAILDOCS_DOCUMENT_FORM_BASE) also opens the file: a PDF starts with "%PDF-", an OOXML file
(DOCX, XLSX, PPTX) is a ZIP with its content types and main part, an OpenDocument file (ODT, ODS,
ODP) is a ZIP whose "mimetype" entry names its type, and CSV/TXT are text, not binary data.
"""

import os
import zipfile

import filetype
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

HEAD_SIZE = 64 * 1024
OOXML_MAIN_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
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


def _is_ooxml(file, extension):
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return "[Content_Types].xml" in names and OOXML_MAIN_PARTS[extension] in names


def _is_odf(file, extension):
    try:
        with zipfile.ZipFile(file) as archive:
            if "mimetype" not in archive.namelist():
                return False
            with archive.open("mimetype") as entry:
                declared = entry.read(100).decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return False
    return declared == ODF_MIMETYPES[extension]


def _is_text(head):
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark
        return True
    if b"\x00" in head:
        return False
    kind = filetype.guess(head)
    if kind is not None:  # a known binary format (image, archive, executable, PDF…)
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError as error:
            # A multibyte character cut by the end of the sample is still text.
            if encoding == "utf-8" and error.start >= len(head) - 3:
                return True
    return False


def content_matches_extension(file, extension):
    """True when the file's content is of the kind its extension announces."""
    file.seek(0)
    head = file.read(HEAD_SIZE)
    file.seek(0)
    try:
        if extension == "pdf":
            return b"%PDF-" in head[:1024]
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
        return file
