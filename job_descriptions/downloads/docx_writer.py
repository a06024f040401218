"""DOCX (Word) layout of a JobDocument, with python-docx and its built-in styles.

Real heading styles (navigation pane, table of contents), real bulleted lists, tables with a
header column, the document language set for spelling, and the footer line on every page.
"""

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BRAND = RGBColor(0x7A, 0x2E, 0x0E)
INK = RGBColor(0x1D, 0x1D, 0x1F)
SOFT = RGBColor(0x47, 0x4B, 0x55)
FONT = "Arial"
LANGUAGE_TAGS = {"fr": "fr-FR", "en": "en-GB"}
LABEL_WIDTH, VALUE_WIDTH = Cm(5.5), Cm(11.5)


def _set_language_and_font(document, language):
    """Default run properties: font and language, for every style that does not override them."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attribute), None)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE_TAGS.get(language, language))


def _style(document, name, size, bold=False, color=INK, space_before=0, space_after=4):
    style = document.styles[name]
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = color
    rfonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rfonts is not None:
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            rfonts.attrib.pop(qn(attribute), None)
    style.paragraph_format.space_before = Pt(space_before)
    style.paragraph_format.space_after = Pt(space_after)
    return style


def _prepare_styles(document):
    _style(document, "Normal", 10.5, space_after=6)
    _style(document, "Title", 20, bold=True, color=BRAND, space_after=12)
    _style(document, "Heading 1", 14, bold=True, color=BRAND, space_before=16, space_after=6)
    _style(document, "Heading 2", 11.5, bold=True, space_before=10, space_after=4)
    _style(document, "List Bullet", 10.5, space_after=3)
    title = document.styles["Title"].element.get_or_add_pPr()
    border = title.find(qn("w:pBdr"))
    if border is not None:  # the built-in Title has a blue rule under it: use the brand colour
        for edge in border:
            edge.set(qn("w:color"), "7A2E0E")


def add_text(paragraph, job, text):
    """Runs of `text` in `paragraph`; a passage in another language than the document's says so
    (w:lang), for spelling and screen readers."""
    for piece, language in job.parts(text):
        run = paragraph.add_run(piece)
        if language:
            lang = OxmlElement("w:lang")
            lang.set(qn("w:val"), LANGUAGE_TAGS.get(language, language))
            run._r.get_or_add_rPr().append(lang)
    return paragraph


class StyledParagraphs:
    """Adds paragraphs with a named style, the style id looked up once per style.

    python-docx resolves a style name on every paragraph by scanning all the styles of the
    document, which was most of the time spent writing a long template.
    """

    def __init__(self, document, job):
        self.document = document
        self.job = job
        self.style_ids = {}

    def add(self, text, style_name=None):
        paragraph = add_text(self.document.add_paragraph(), self.job, text)
        if style_name is not None:
            if style_name not in self.style_ids:
                self.style_ids[style_name] = self.document.styles[style_name].style_id
            paragraph._p.style = self.style_ids[style_name]
        return paragraph

    def heading(self, text, level):
        return self.add(text, "Title" if level == 0 else f"Heading {level}")


def _shade(cell, fill):
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _table(document, job, rows, caption):
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    table.columns[0].width, table.columns[1].width = LABEL_WIDTH, VALUE_WIDTH
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:  # the labels are the header column; there is no header row
        look.set(qn("w:firstRow"), "0")
        look.set(qn("w:firstColumn"), "1")
        look.set(qn("w:val"), "0480")
    caption_element = OxmlElement("w:tblCaption")
    caption_element.set(qn("w:val"), caption)
    table._tbl.tblPr.append(caption_element)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = LABEL_WIDTH, VALUE_WIDTH
        cells[0].paragraphs[0].add_run(label).bold = True
        _shade(cells[0], "F4F2EE")
        add_text(cells[1].paragraphs[0], job, value)
        for cell in cells:
            cell.paragraphs[0].paragraph_format.space_after = Pt(2)
            cell.paragraphs[0].paragraph_format.space_before = Pt(2)
    document.add_paragraph()
    return table


def _field(paragraph, instruction, placeholder, size):
    """A complex field (begin, instruction, separate, result, end), the form Word and LibreOffice
    both update: `PAGE` for the page number, `NUMPAGES` for the number of pages."""

    def run(*children):
        element = paragraph.add_run()
        element.font.size = size
        element.font.color.rgb = SOFT
        for child in children:
            element._r.append(child)
        return element

    def char(kind):
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    run(char("begin"))
    run(code)
    run(char("separate"))
    run().text = placeholder
    run(char("end"))


def _footer(document, job):
    section = document.sections[0]
    paragraph = section.footer.paragraphs[0]
    paragraph.text = ""
    size = Pt(8)

    def text(value):
        run = paragraph.add_run(value)
        run.font.size = size
        run.font.color.rgb = SOFT

    text(f"{job.footer}  ·  {job.page_label} ")
    _field(paragraph, "PAGE", "1", size)
    text(f" {job.page_of} ")
    _field(paragraph, "NUMPAGES", "1", size)


def render_docx(job, published_at=None):
    """Bytes of a .docx file for the JobDocument `job`."""
    document = Document()
    _set_language_and_font(document, job.language)
    _prepare_styles(document)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)

    properties = document.core_properties
    properties.title = f"{job.kicker} – {job.title}"
    properties.author = job.site_name
    properties.last_modified_by = job.site_name
    properties.language = LANGUAGE_TAGS.get(job.language, job.language)
    properties.keywords = ", ".join(job.keywords)
    properties.comments = job.url
    properties.revision = 1
    if published_at is not None:
        properties.created = properties.modified = published_at.replace(tzinfo=None)

    kicker = document.add_paragraph()
    kicker_run = kicker.add_run(job.kicker.upper())
    kicker_run.bold = True
    kicker_run.font.color.rgb = BRAND
    kicker_run.font.size = Pt(9)
    paragraphs = StyledParagraphs(document, job)
    paragraphs.heading(job.title, level=0)

    paragraphs.heading(job.structure_heading, level=1)
    _table(document, job, job.structure, job.structure_heading)

    caption = ""
    for block in job.blocks:
        if block.kind == "heading":
            paragraphs.heading(block.text, level=block.level)
            caption = block.text
        elif block.kind == "paragraph":
            paragraphs.add(block.text)
        elif block.kind == "bullets":
            for item in block.items:
                paragraphs.add(item, "List Bullet")
        elif block.kind == "table":
            _table(document, job, block.rows, caption)

    _footer(document, job)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
