from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from library.blocks import QuoteBlock


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Chiffre"), max_length=20, help_text=_("Ex. : « 2 », « 18 mois »"))
    label = blocks.CharBlock(label=_("Signification"), max_length=150)

    class Meta:
        icon = "order"
        label = _("Chiffre clé")


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=300)
    publisher = blocks.CharBlock(label=_("Éditeur ou média"), max_length=150)
    date = blocks.DateBlock(label=_("Date"), required=False)
    url = blocks.URLBlock(label=_("Lien"), required=False)

    class Meta:
        icon = "link"
        label = _("Source")


TESTIMONY_QUOTE_BLOCKS = [("quote", QuoteBlock(template=None))]
