from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.text import stream_text
from job_descriptions.api_fields import JOB_DESCRIPTION_API_FIELDS
from job_descriptions.blocks import (
    MISSION_KIND_LABELS,
    SKILL_KIND_LABELS,
    SUPPORT_KIND_LABELS,
    MissionBlock,
    SkillBlock,
    SupportBlock,
    text_items,
)
from job_descriptions.downloads.document import Selection
from job_descriptions.downloads.routes import DownloadRoutesMixin
from job_descriptions.downloads.stats import DownloadCount
from library.models import LibraryPage, ResourceType

# DownloadCount is defined with the code that counts downloads, which the page's routes use.
__all__ = ["DownloadCount", "JobDescriptionPage", "group_by_kind"]


def group_by_kind(stream, labels):
    """[(kind, label, [block values])] in the order of `labels`, empty kinds left out."""
    groups = {kind: [] for kind in labels}
    for block in stream:
        groups.setdefault(block.value["kind"], []).append(block)
    return [(kind, labels.get(kind, kind), items) for kind, items in groups.items() if items]


class JobDescriptionPage(DownloadRoutesMixin, LibraryPage):
    """A job-description template ("fiche de poste") an employer downloads and adapts.

    Its routes (the files, the personalisation) come from job_descriptions/downloads/routes.py.
    """

    job_title = models.CharField(_("intitulé du poste"), max_length=150)
    setting = models.TextField(
        _("cadre et équipe"), help_text=_("La structure, le service, l'équipe où s'inscrit le poste.")
    )
    purpose = models.TextField(_("raison d'être du poste"))
    lived_experience = models.TextField(
        _("expérience de vie attendue"),
        help_text=_("Proche de celle du public accompagné et suffisamment consolidée."),
    )
    missions = StreamField(
        [("mission", MissionBlock())],
        verbose_name=_("missions"),
        help_text=_("Gardez peu de tâches techniques : le cœur du poste est la relation."),
    )
    activities = StreamField(text_items(_("Activité")), verbose_name=_("activités"), blank=True)
    skills = StreamField([("skill", SkillBlock())], verbose_name=_("compétences"))
    working_time = models.CharField(_("temps de travail"), max_length=200)
    contract = models.CharField(_("contrat ou statut, grade"), max_length=300)
    pay = models.CharField(_("rémunération indicative"), max_length=300, blank=True)
    reporting_line = models.CharField(_("rattachement hiérarchique"), max_length=300)
    support = StreamField(
        [("support", SupportBlock())],
        verbose_name=_("soutien au poste"),
        help_text=_("Supervision, analyse de pratiques, formation, tutorat."),
    )
    vigilance = StreamField(
        text_items(_("Point de vigilance")),
        verbose_name=_("points de vigilance pour l'employeur"),
        blank=True,
    )

    default_resource_type = ResourceType.JOB_DESCRIPTION
    template = "job_descriptions/job_description_page.html"
    api_fields = LibraryPage.api_fields + JOB_DESCRIPTION_API_FIELDS

    search_fields = LibraryPage.search_fields + [
        index.SearchField("job_title"),
        index.AutocompleteField("job_title"),
        index.SearchField("setting"),
        index.SearchField("purpose"),
        index.SearchField("lived_experience"),
        index.SearchField("missions"),
        index.SearchField("activities"),
        index.SearchField("skills"),
    ]

    edit_handler = LibraryPage.build_edit_handler(
        [
            FieldPanel("job_title"),
            FieldPanel("setting"),
            FieldPanel("purpose"),
            FieldPanel("lived_experience"),
            FieldPanel("missions"),
            FieldPanel("activities"),
            FieldPanel("skills"),
            MultiFieldPanel(
                [
                    FieldPanel("working_time"),
                    FieldPanel("contract"),
                    FieldPanel("pay"),
                    FieldPanel("reporting_line"),
                ],
                heading=_("Conditions de travail"),
            ),
            FieldPanel("support"),
            FieldPanel("vigilance"),
        ]
    )

    class Meta:
        verbose_name = _("fiche de poste")
        verbose_name_plural = _("fiches de poste")

    def reading_text(self):
        return " ".join(
            [
                super().reading_text(),
                self.job_title,
                self.setting,
                self.purpose,
                self.lived_experience,
                stream_text(self.missions),
                stream_text(self.activities),
                stream_text(self.skills),
                self.working_time,
                self.contract,
                self.pay,
                self.reporting_line,
                stream_text(self.support),
                stream_text(self.vigilance),
            ]
        )

    def structured_data(self, request, publisher, image, terms):
        """A template, not a job offer: a DigitalDocument with its files, never a JobPosting."""
        data = super().structured_data(request, publisher, image, terms)
        data["@type"] = "DigitalDocument"
        data["genre"] = data.pop("articleSection")  # « Fiche de poste », an Article's property
        data["encoding"] = [
            {
                "@type": "MediaObject",
                "name": f"{self.title} ({file_format.label})",
                "encodingFormat": file_format.content_type,
                "contentUrl": url,
            }
            for file_format, url in self.download_links(request)
        ]
        return data

    def missions_by_kind(self):
        return group_by_kind(self.missions, MISSION_KIND_LABELS)

    def all_activities(self):
        """The general activities, then those that depend on a mission or a support."""
        return Selection().activities(self)

    def skills_by_kind(self):
        """[(kind, label, [texts])]: the general skills and those of the missions, by kind."""
        groups = {kind: [] for kind in SKILL_KIND_LABELS}
        for kind, text in Selection().skills(self):
            groups.setdefault(kind, []).append(text)
        return [(kind, SKILL_KIND_LABELS.get(kind, kind), items) for kind, items in groups.items() if items]

    def support_by_kind(self):
        return group_by_kind(self.support, SUPPORT_KIND_LABELS)

    def working_conditions(self):
        """[(label, value)] for the conditions table, empty values left out."""
        rows = [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in ("working_time", "contract", "pay", "reporting_line")
        ]
        return [(label, value) for label, value in rows if value]
