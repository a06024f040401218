"""ODT (OpenDocument, LibreOffice) layout of a JobDocument, with odfpy.

Named paragraph styles ("Title", "Heading 1", "Heading 2") so LibreOffice's navigator and table
of contents work, a bullet list style, a two-column table, the document language, and a footer
on the page master with the site name, the page URL and the version date.
"""

import io

from odf import dc, meta, teletype
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    FontFace,
    Footer,
    FooterStyle,
    HeaderFooterProperties,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TextProperties,
)
from odf.table import Table, TableCell, TableColumn, TableHeaderColumns, TableRow
from odf.text import H, List, ListItem, ListLevelStyleBullet, ListStyle, P, PageCount, PageNumber, Span

BRAND = "#7a2e0e"
INK = "#1d1d1f"
SOFT = "#474b55"
FONT = "Arial"
COUNTRIES = {"fr": "FR", "en": "GB"}


def _paragraph_style(
    name,
    display,
    size,
    bold=False,
    color=INK,
    before="0cm",
    after="0.2cm",
    outline=None,
    keep_with_next=False,
):
    style = Style(name=name, displayname=display, family="paragraph", parentstylename="Standard")
    if outline:
        style.setAttribute("defaultoutlinelevel", str(outline))
    paragraph = {"margintop": before, "marginbottom": after}
    if keep_with_next:
        paragraph["keepwithnext"] = "always"
    style.addElement(ParagraphProperties(**paragraph))
    text = {"fontsize": size, "color": color, "fontname": FONT}
    if bold:
        text.update(fontweight="bold", fontweightasian="bold", fontweightcomplex="bold")
    style.addElement(TextProperties(**text))
    return style


class _Styles:
    """Every style of the document, registered once per document."""

    def __init__(self, document, language):
        document.fontfacedecls.addElement(
            FontFace(name=FONT, fontfamily=FONT, fontfamilygeneric="swiss", fontpitch="variable")
        )
        default = DefaultStyle(family="paragraph")
        default.addElement(
            TextProperties(
                fontname=FONT,
                fontsize="10.5pt",
                language=language,
                country=COUNTRIES.get(language, "FR"),
                color=INK,
            )
        )
        document.styles.addElement(default)
        standard = Style(name="Standard", family="paragraph")
        standard.addElement(ParagraphProperties(marginbottom="0.2cm", lineheight="120%"))
        document.styles.addElement(standard)

        self.body = _paragraph_style("Text_20_body", "Text body", "10.5pt")
        self.kicker = _paragraph_style("Kicker", "Kicker", "9pt", bold=True, color=BRAND)
        self.title = _paragraph_style("Title", "Title", "20pt", bold=True, color=BRAND, after="0.4cm")
        self.h1 = _paragraph_style(
            "Heading_20_1",
            "Heading 1",
            "14pt",
            bold=True,
            color=BRAND,
            before="0.5cm",
            after="0.2cm",
            outline=1,
            keep_with_next=True,
        )
        self.h2 = _paragraph_style(
            "Heading_20_2",
            "Heading 2",
            "11.5pt",
            bold=True,
            before="0.3cm",
            after="0.1cm",
            outline=2,
            keep_with_next=True,
        )
        self.footer = _paragraph_style("Footer", "Footer", "8pt", color=SOFT)
        self.cell = _paragraph_style("Table_20_Contents", "Table Contents", "10.5pt", after="0.05cm")
        for style in (self.body, self.kicker, self.title, self.h1, self.h2, self.footer, self.cell):
            document.styles.addElement(style)

        self.bullets = ListStyle(name="Bullets", displayname="Bullets")
        level = ListLevelStyleBullet(level=1, bulletchar="•")
        level.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
        self.bullets.addElement(level)
        document.styles.addElement(self.bullets)

        self.strong = Style(name="Strong_20_Emphasis", displayname="Strong Emphasis", family="text")
        self.strong.addElement(TextProperties(fontweight="bold"))
        document.styles.addElement(self.strong)

        self.table = Style(name="ConditionsTable", family="table")
        self.table.addElement(TableProperties(width="17cm", align="left", marginbottom="0.3cm"))
        self.label_column = Style(name="LabelColumn", family="table-column")
        self.label_column.addElement(TableColumnProperties(columnwidth="5.5cm"))
        self.value_column = Style(name="ValueColumn", family="table-column")
        self.value_column.addElement(TableColumnProperties(columnwidth="11.5cm"))
        self.label_cell = Style(name="LabelCell", family="table-cell")
        self.label_cell.addElement(
            TableCellProperties(border="0.5pt solid #cfcac2", padding="0.12cm", backgroundcolor="#f4f2ee")
        )
        self.value_cell = Style(name="ValueCell", family="table-cell")
        self.value_cell.addElement(TableCellProperties(border="0.5pt solid #cfcac2", padding="0.12cm"))
        for style in (self.table, self.label_column, self.value_column, self.label_cell, self.value_cell):
            document.automaticstyles.addElement(style)

        self.document = document
        self.languages = {}

        layout = PageLayout(name="A4")
        layout.addElement(
            PageLayoutProperties(
                pagewidth="21cm",
                pageheight="29.7cm",
                printorientation="portrait",
                margintop="2cm",
                marginbottom="1.5cm",
                marginleft="2cm",
                marginright="2cm",
            )
        )
        footer_style = FooterStyle()
        footer_style.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.4cm"))
        layout.addElement(footer_style)
        document.automaticstyles.addElement(layout)
        self.master = MasterPage(name="Standard", pagelayoutname=layout)
        document.masterstyles.addElement(self.master)

    def language(self, language):
        """The text style of a passage in `language` (one per language, made on first use)."""
        if language not in self.languages:
            style = Style(name=f"Language_{language}", family="text")
            style.addElement(TextProperties(language=language, country=COUNTRIES.get(language, "FR")))
            self.document.automaticstyles.addElement(style)
            self.languages[language] = style
        return self.languages[language]


def _text(element, text, job, styles):
    """Adds `text` to the element, a typed line break becoming <text:line-break/>; a passage in
    another language than the document's goes in a span that says its language."""
    for piece, language in job.parts(text):
        if language:
            span = Span(stylename=styles.language(language))
            teletype.addTextToElement(span, piece)
            element.addElement(span)
        else:
            teletype.addTextToElement(element, piece)
    return element


def _table(document, job, styles, rows, name):
    table = Table(name=name, stylename=styles.table)
    header_columns = TableHeaderColumns()  # the labels head each row
    header_columns.addElement(TableColumn(stylename=styles.label_column))
    table.addElement(header_columns)
    table.addElement(TableColumn(stylename=styles.value_column))
    for label, value in rows:
        row = TableRow()
        label_cell = TableCell(valuetype="string", stylename=styles.label_cell)
        label_paragraph = P(stylename=styles.cell)
        label_paragraph.addElement(Span(stylename=styles.strong, text=label))
        label_cell.addElement(label_paragraph)
        value_cell = TableCell(valuetype="string", stylename=styles.value_cell)
        value_cell.addElement(_text(P(stylename=styles.cell), value, job, styles))
        row.addElement(label_cell)
        row.addElement(value_cell)
        table.addElement(row)
    document.text.addElement(table)


def render_odt(job, published_at=None):
    """Bytes of an .odt file for the JobDocument `job`."""
    document = OpenDocumentText()
    styles = _Styles(document, job.language)

    document.meta.addElement(dc.Title(text=f"{job.kicker} – {job.title}"))
    document.meta.addElement(dc.Language(text=f"{job.language}-{COUNTRIES.get(job.language, 'FR')}"))
    document.meta.addElement(dc.Description(text=job.url))
    document.meta.addElement(meta.InitialCreator(text=job.site_name))
    document.meta.addElement(dc.Creator(text=job.site_name))
    document.meta.addElement(meta.Keyword(text=", ".join(job.keywords)))
    if published_at is not None:
        stamp = published_at.replace(tzinfo=None, microsecond=0).isoformat()
        document.meta.addElement(meta.CreationDate(text=stamp))
        document.meta.addElement(dc.Date(text=stamp))

    footer = Footer()
    footer_paragraph = P(stylename=styles.footer, text=f"{job.footer}  ·  {job.page_label} ")
    footer_paragraph.addElement(PageNumber(selectpage="current", text="1"))
    footer_paragraph.addText(f" {job.page_of} ")
    footer_paragraph.addElement(PageCount(text="1"))
    footer.addElement(footer_paragraph)
    styles.master.addElement(footer)

    body = document.text
    body.addElement(P(stylename=styles.kicker, text=job.kicker.upper()))
    body.addElement(_text(P(stylename=styles.title), job.title, job, styles))
    body.addElement(H(outlinelevel=1, stylename=styles.h1, text=job.structure_heading))
    _table(document, job, styles, job.structure, job.structure_heading)

    tables = 0
    for block in job.blocks:
        if block.kind == "heading":
            heading_style = styles.h1 if block.level == 1 else styles.h2
            body.addElement(H(outlinelevel=block.level, stylename=heading_style, text=block.text))
        elif block.kind == "paragraph":
            body.addElement(_text(P(stylename=styles.body), block.text, job, styles))
        elif block.kind == "bullets":
            bullets = List(stylename=styles.bullets)
            for item in block.items:
                list_item = ListItem()
                list_item.addElement(_text(P(stylename=styles.body), item, job, styles))
                bullets.addElement(list_item)
            body.addElement(bullets)
        elif block.kind == "table":
            tables += 1
            _table(document, job, styles, block.rows, f"Table{tables}")

    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
