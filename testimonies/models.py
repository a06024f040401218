from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, ObjectList
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from resources.models import LibraryPage, ResourceType
from resources.text import stream_text
from testimonies.blocks import TESTIMONY_QUOTE_BLOCKS, KeyFigureBlock, SourceBlock

NARRATIVE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class TestimonyPage(LibraryPage):
    """One case of the library: a structure's experience of employing peer workers."""

    structure_name = models.CharField(
        _("nom de la structure"),
        max_length=200,
        help_text=_("Ou une désignation anonyme (« un CHRS de la région lyonnaise »)."),
    )
    structure_is_anonymised = models.BooleanField(_("structure anonymisée"), default=False)
    place = models.CharField(
        _("lieu"), max_length=200, blank=True, help_text=_("Commune et département.")
    )
    period = models.CharField(_("période"), max_length=150, blank=True)
    peer_roles = models.TextField(_("rôle des pairs"))
    peer_status = models.CharField(_("statut des pairs"), max_length=300, blank=True)
    context = RichTextField(_("contexte"), features=NARRATIVE_FEATURES)
    actions = RichTextField(_("ce qui a été fait"), features=NARRATIVE_FEATURES)
    outcomes = RichTextField(_("ce qui a changé"), features=NARRATIVE_FEATURES)
    key_figures = StreamField(
        [("figure", KeyFigureBlock())], verbose_name=_("chiffres clés"), blank=True
    )
    quotes = StreamField(TESTIMONY_QUOTE_BLOCKS, verbose_name=_("citations"), blank=True)
    lessons = StreamField(
        [("lesson", blocks.CharBlock(label=_("Enseignement"), max_length=400))],
        verbose_name=_("enseignements pour les employeurs"),
        blank=True,
    )
    sources = StreamField([("source", SourceBlock())], verbose_name=_("sources"), blank=True)

    default_resource_type = ResourceType.TESTIMONY
    parent_page_types = ["search.LibraryIndexPage"]
    template = "testimonies/testimony_page.html"

    search_fields = LibraryPage.search_fields + [
        index.SearchField("structure_name"),
        index.AutocompleteField("structure_name"),
        index.SearchField("place"),
        index.SearchField("peer_roles"),
        index.SearchField("context"),
        index.SearchField("actions"),
        index.SearchField("outcomes"),
        index.SearchField("quotes"),
        index.SearchField("lessons"),
    ]

    edit_handler = LibraryPage.build_edit_handler(
        [
            MultiFieldPanel(
                [
                    FieldPanel("structure_name"),
                    FieldPanel("structure_is_anonymised"),
                    FieldPanel("place"),
                    FieldPanel("period"),
                ],
                heading=_("La structure"),
            ),
            MultiFieldPanel(
                [FieldPanel("peer_roles"), FieldPanel("peer_status")],
                heading=_("Les pairs"),
            ),
            FieldPanel("context"),
            FieldPanel("actions"),
            FieldPanel("outcomes"),
            FieldPanel("key_figures"),
            FieldPanel("quotes"),
            FieldPanel("lessons"),
            FieldPanel("sources"),
        ],
        extra_tabs=[
            ObjectList(
                [
                    HelpPanel(
                        template="testimonies/admin/consent_panel.html",
                        heading=_("Consentement"),
                    )
                ],
                heading=_("Consentement"),
            )
        ],
    )

    class Meta:
        verbose_name = _("témoignage")
        verbose_name_plural = _("témoignages")

    def reading_text(self):
        return " ".join(
            [
                super().reading_text(),
                self.peer_roles,
                self.context,
                self.actions,
                self.outcomes,
                stream_text(self.quotes),
                stream_text(self.lessons),
            ]
        )

    def consent_records(self):
        """Consent covers the whole translation family: records hang off any of its pages."""
        return ConsentRecord.objects.filter(page__translation_key=self.translation_key)


class ConsentScope(models.TextChoices):
    QUOTES = "quotes", _("citations")
    STRUCTURE_NAME = "structure_name", _("nom de la structure")
    PHOTOS = "photos", _("photos")


class ConsentRecord(models.Model):
    """Proof of the consent behind a testimony. Seen by editors only, never published."""

    page = models.ForeignKey(
        TestimonyPage,
        verbose_name=_("témoignage"),
        on_delete=models.CASCADE,
        related_name="consent_record_set",
    )
    given_by = models.CharField(
        _("consentement donné par"),
        max_length=200,
        help_text=_("La personne ou son rôle (« directrice de la structure »)."),
    )
    given_on = models.DateField(_("date du consentement"))
    scope = models.JSONField(
        _("portée"),
        default=list,
        blank=True,
        help_text=_("Ce que le consentement autorise à publier."),
    )
    anonymisation = models.TextField(
        _("anonymisation choisie"),
        blank=True,
        help_text=_("Ce qui est masqué ou remplacé par un rôle."),
    )
    withdrawal_method = models.TextField(
        _("comment retirer son consentement"),
        help_text=_("Le moyen donné à la personne : adresse, téléphone, interlocuteur."),
    )
    allowed_names = models.TextField(
        _("noms autorisés"),
        blank=True,
        help_text=_("Un nom de personne ou de lieu par ligne, que le texte peut citer."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("preuve écrite"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawn_at = models.DateTimeField(_("retiré le"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enregistré par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("consentement")
        verbose_name_plural = _("consentements")
        ordering = ["-given_on"]

    def __str__(self):
        return f"{self.page.title} — {self.given_by} ({self.given_on:%d/%m/%Y})"

    @property
    def is_active(self):
        return self.withdrawn_at is None

    def scope_labels(self):
        labels = dict(ConsentScope.choices)
        return [labels.get(item, item) for item in self.scope]
