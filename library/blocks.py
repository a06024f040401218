"""StreamField blocks shared by every content page of the site."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Titre"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Titre de section (h2)")), ("h3", _("Sous-titre (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = "blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), default=_("Point de vigilance"), max_length=120)
    text = blocks.RichTextBlock(label=_("Texte"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Point de vigilance")
        template = "blocks/callout.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citation"))
    role = blocks.CharBlock(
        label=_("Fonction de la personne citée"),
        help_text=_("Un rôle, pas un nom, sauf accord écrit : « cheffe de service », « travailleur pair »."),
        max_length=200,
    )
    name = blocks.CharBlock(
        label=_("Nom (facultatif)"),
        required=False,
        help_text=_("Seulement si la personne ou la source publique la nomme."),
        max_length=120,
    )

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "blocks/quote.html"


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=200)
    steps = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("title", blocks.CharBlock(label=_("Étape"), max_length=200)),
                ("text", blocks.TextBlock(label=_("Détail"), required=False)),
            ],
            label=_("Étape"),
        ),
        label=_("Étapes"),
        min_num=1,
    )

    class Meta:
        icon = "list-ol"
        label = _("Étapes numérotées")
        template = "blocks/steps.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Élément"), max_length=300), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Liste de vérification")
        template = "blocks/checklist.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Intitulé du lien"), required=False, help_text=_("Par défaut, le titre du document.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        template = "blocks/document_link.html"


class TableBlock(blocks.StructBlock):
    """A simple table whose every cell is text, so wagtail-localize can translate it."""

    caption = blocks.CharBlock(label=_("Légende"), max_length=200, help_text=_("Ce que montre le tableau."))
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Colonne"), max_length=120), label=_("En-têtes de colonnes"), min_num=1
    )
    rows = blocks.ListBlock(
        blocks.StructBlock(
            [("cells", blocks.ListBlock(blocks.CharBlock(label=_("Cellule"), required=False)))],
            label=_("Ligne"),
        ),
        label=_("Lignes"),
        min_num=1,
    )
    first_column_is_header = blocks.BooleanBlock(
        label=_("La première colonne nomme chaque ligne"), required=False, default=True
    )

    class Meta:
        icon = "table"
        label = _("Tableau")
        template = "blocks/table.html"

    def clean(self, value):
        value = super().clean(value)
        width = len(value["header"])
        for number, row in enumerate(value["rows"], start=1):
            if len(row["cells"]) != width:
                raise ValidationError(
                    _("La ligne %(number)s a %(cells)s cellules au lieu de %(width)s.")
                    % {"number": number, "cells": len(row["cells"]), "width": width}
                )
        return value


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphe"), features=["h3", *RICH_TEXT_FEATURES], template="blocks/paragraph.html"
    )
    steps = StepsBlock()
    checklist = ChecklistBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    table = TableBlock()
