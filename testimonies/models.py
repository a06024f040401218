from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.text import stream_text
from library.models import LibraryPage, ResourceType
from testimonies.api_fields import TESTIMONY_API_FIELDS
from testimonies.blocks import TESTIMONY_QUOTE_BLOCKS, KeyFigureBlock, SourceBlock
from testimonies.consent import (
    consent_problems,
    is_withdrawn,
    require_consent,
    take_family_offline,
)
from testimonies.name_review import (
    require_names_confirmed,
)
from testimonies.panels import ConsentStatusPanel
from testimonies.permissions import TestimonyPermissionTester

NARRATIVE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class TestimonyPage(LibraryPage):
    """One case of the library: a structure's experience of employing peer workers."""

    structure_name = models.CharField(
        _("nom de la structure"),
        max_length=200,
        help_text=_("Ou une désignation anonyme (« un CHRS de la région lyonnaise »)."),
    )
    structure_is_anonymised = models.BooleanField(_("structure anonymisée"), default=False)
    place = models.CharField(_("lieu"), max_length=200, blank=True, help_text=_("Commune et département."))
    period = models.CharField(_("période"), max_length=150, blank=True)
    peer_roles = models.TextField(_("rôle des pairs"))
    peer_status = models.CharField(_("statut des pairs"), max_length=300, blank=True)
    context = RichTextField(_("contexte"), features=NARRATIVE_FEATURES)
    actions = RichTextField(_("ce qui a été fait"), features=NARRATIVE_FEATURES)
    outcomes = RichTextField(_("ce qui a changé"), features=NARRATIVE_FEATURES)
    key_figures = StreamField([("figure", KeyFigureBlock())], verbose_name=_("chiffres clés"), blank=True)
    quotes = StreamField(TESTIMONY_QUOTE_BLOCKS, verbose_name=_("citations"), blank=True)
    lessons = StreamField(
        [("lesson", blocks.CharBlock(label=_("Enseignement"), max_length=400))],
        verbose_name=_("enseignements pour les employeurs"),
        blank=True,
    )
    sources = StreamField([("source", SourceBlock())], verbose_name=_("sources"), blank=True)

    default_resource_type = ResourceType.TESTIMONY
    template = "testimonies/testimony_page.html"
    api_fields = LibraryPage.api_fields + TESTIMONY_API_FIELDS

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
            ConsentStatusPanel(template="testimonies/admin/consent_status_panel.html"),
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
                    ConsentStatusPanel(
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

    @classmethod
    def family_of(cls, translation_key):
        """The testimony and its translations (one translation_key), in creation order."""
        return cls.objects.filter(translation_key=translation_key).order_by("pk")

    def consent_records(self):
        """Consent covers the whole translation family: records hang off any of its pages."""
        return ConsentRecord.objects.of_family(self.translation_key)

    # -- consent rules, enforced on every way to go live ------------------------------------

    def consent_problems(self, revision=None):
        content = revision.as_object() if revision is not None else self
        return consent_problems(self, content=content, revision=revision)

    def is_withdrawn(self):
        return self.pk is not None and is_withdrawn(list(self.consent_records()))

    def publish(self, revision, *args, **kwargs):
        """Publishing or scheduling a version needs an active consent that covers it, and a
        moderator's confirmation of the names it shows that the consent does not cover."""
        content = revision.as_object()
        require_consent(self, content=content, revision=revision)
        require_names_confirmed(self, revision, content=content)
        return super().publish(revision, *args, **kwargs)

    def _goes_live(self, update_fields):
        if not self.live:
            return False
        if update_fields is not None and not {"live", "live_revision"} & set(update_fields):
            return False
        if self.pk is None:
            return True
        stored = type(self).objects.filter(pk=self.pk).values("live", "live_revision_id").first()
        return stored is None or not stored["live"] or stored["live_revision_id"] != self.live_revision_id

    def save(self, *args, **kwargs):
        """Last line of defence: no path (publish action, API, copy, code) saves a testimony
        live without consent, even one that skips `publish()`."""
        if self._goes_live(kwargs.get("update_fields")):
            require_consent(self, content=self, revision=self.live_revision)
            require_names_confirmed(self, self.live_revision, content=self)
        return super().save(*args, **kwargs)

    def permissions_for_user(self, user):
        return TestimonyPermissionTester(user, self)

    def get_indexed_instance(self):
        """A withdrawn testimony stays out of the search index, whatever saves it later."""
        if self.is_withdrawn():
            return None
        return super().get_indexed_instance()


class ConsentScope(models.TextChoices):
    QUOTES = "quotes", _("citations")
    STRUCTURE_NAME = "structure_name", _("nom de la structure")
    PHOTOS = "photos", _("photos")


class ConsentRecordQuerySet(models.QuerySet):
    """A record hangs off one page of a testimony family and covers all of them."""

    def of_family(self, translation_key):
        return self.filter(page__translation_key=translation_key)

    def of_families(self, translation_keys):
        """The records of several families (`translation_keys`: a list or a subquery)."""
        return self.filter(page__translation_key__in=translation_keys)

    def active(self):
        return self.filter(withdrawn_at__isnull=True)


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

    objects = ConsentRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("consentement")
        verbose_name_plural = _("consentements")
        ordering = ["-given_on"]

    def __str__(self):
        return f"{self.page.title} — {self.given_by} ({self.given_on:%d/%m/%Y})"

    def save(self, *args, **kwargs):
        """Recording a withdrawal, by any path, takes the testimony and its translations offline.

        Set `acting_user` on the instance to name who recorded it in the audit trail.
        """
        newly_withdrawn = self.withdrawn_at is not None and (
            self.pk is None
            or not ConsentRecord.objects.filter(pk=self.pk, withdrawn_at__isnull=False).exists()
        )
        super().save(*args, **kwargs)
        if newly_withdrawn:
            take_family_offline(
                TestimonyPage.family_of(self.page.translation_key),
                user=getattr(self, "acting_user", None),
                log_data={"consent_id": self.pk, "withdrawn_at": self.withdrawn_at.isoformat()},
            )

    @property
    def is_active(self):
        return self.withdrawn_at is None

    def missing_parts(self):
        """What this record lacks to prove consent (date, giver, anonymisation, withdrawal)."""
        missing = []
        if not self.given_on:
            missing.append(_("la date"))
        if not (self.given_by or "").strip():
            missing.append(_("la personne qui l'a donné"))
        if not (self.anonymisation or "").strip():
            missing.append(_("l'anonymisation choisie"))
        if not (self.withdrawal_method or "").strip():
            missing.append(_("le moyen de le retirer"))
        return missing

    def allowed_name_list(self):
        return [line.strip() for line in (self.allowed_names or "").splitlines() if line.strip()]

    def withdraw(self, user=None, when=None):
        self.withdrawn_at = when or timezone.now()
        self.acting_user = user
        self.save()

    def scope_labels(self):
        labels = dict(ConsentScope.choices)
        return [labels.get(item, item) for item in self.scope]


def as_testimony(page):
    """The page as a TestimonyPage (specific), or None for any other page."""
    specific = getattr(page, "specific_deferred", page) if page is not None else None
    return specific if isinstance(specific, TestimonyPage) else None


# Defined in their own modules, registered with this app's models.
from testimonies.contribution_record import Contribution  # noqa: E402, F401
from testimonies.review_task import ConsentReviewTask  # noqa: E402, F401
