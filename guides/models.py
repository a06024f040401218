from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.text import stream_text
from library.api_fields import PublicDocumentsField
from library.blocks import BodyBlock
from library.models import LibraryPage, ResourceType


def attached_documents(page):
    return [attachment.document for attachment in page.attachments.select_related("document")]


class PracticeGuidePage(LibraryPage):
    """A practice guide for employers and teams."""

    for_whom = models.TextField(
        _("pour qui"),
        help_text=_("À qui s'adresse ce guide, en une ou deux phrases."),
    )
    key_points = StreamField(
        [("point", blocks.CharBlock(label=_("Point clé"), max_length=300))],
        verbose_name=_("points clés"),
        blank=True,
        help_text=_("Trois à cinq idées à retenir, affichées en tête du guide."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("contenu du guide"))

    default_resource_type = ResourceType.GUIDE
    template = "guides/practice_guide_page.html"

    search_fields = LibraryPage.search_fields + [
        index.SearchField("for_whom"),
        index.SearchField("key_points"),
        index.SearchField("body"),
    ]

    api_fields = LibraryPage.api_fields + [
        APIField("for_whom"),
        APIField("key_points"),
        APIField("body"),
        APIField("attachments", serializer=PublicDocumentsField(documents_of=attached_documents)),
    ]

    edit_handler = LibraryPage.build_edit_handler(
        [
            FieldPanel("for_whom"),
            FieldPanel("key_points"),
            FieldPanel("body"),
            InlinePanel("attachments", label=_("Pièces jointes")),
        ]
    )

    class Meta:
        verbose_name = _("guide pratique")
        verbose_name_plural = _("guides pratiques")

    def reading_text(self):
        return " ".join(
            [
                super().reading_text(),
                self.for_whom,
                stream_text(self.key_points),
                stream_text(self.body),
            ]
        )


class GuideAttachment(Orderable):
    page = ParentalKey(PracticeGuidePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("pièce jointe")
        verbose_name_plural = _("pièces jointes")
