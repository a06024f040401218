"""The three file formats of a job description and how each is produced."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from job_descriptions.downloads import docx_writer, odt_writer, pdf_writer


@dataclass(frozen=True)
class FileFormat:
    key: str
    label: str
    description: object
    content_type: str
    render: object
    available: object = None  # a callable when the format depends on system libraries
    # Costly to render (hundreds of milliseconds of CPU): a personalised file of this format takes
    # one of the process's few rendering slots (job_descriptions/downloads/limits.py).
    heavy: bool = False

    @property
    def extension(self):
        return f".{self.key}"

    def is_available(self):
        return self.available is None or bool(self.available())


FORMATS = {
    "docx": FileFormat(
        key="docx",
        label="DOCX",
        description=_("Word, modifiable"),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        render=docx_writer.render_docx,
    ),
    "odt": FileFormat(
        key="odt",
        label="ODT",
        description=_("LibreOffice, modifiable"),
        content_type="application/vnd.oasis.opendocument.text",
        render=odt_writer.render_odt,
    ),
    "pdf": FileFormat(
        key="pdf",
        label="PDF",
        description=_("à imprimer ou à diffuser"),
        content_type="application/pdf",
        render=pdf_writer.render_pdf,
        available=pdf_writer.pdf_available,
        heavy=True,
    ),
}


def get_format(key):
    """The FileFormat for `key` (case-insensitive), or None."""
    if not isinstance(key, str):
        return None
    return FORMATS.get(key.strip().lower())


def format_choices(include_unavailable=False):
    return [
        (file_format.key, f"{file_format.label} ({file_format.description})")
        for file_format in FORMATS.values()
        if include_unavailable or file_format.is_available()
    ]
