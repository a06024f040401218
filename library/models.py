"""The one base page for everything in the library: it carries the taxonomy and listing fields."""

import math

from django.db import models
from django.db.models import Count, Q
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.coreutils import find_available_slug
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.admin_panels import UserAwarePageChooserPanel
from core.routing import CachedViewRestrictionsMixin, default_locale_id
from library.forms import LibraryPageForm
from taxonomy.models import TAXONOMY_FIELDS, Region

WORDS_READ_PER_MINUTE = 200
# Related pages share what they are about, not where they are: every vocabulary but the regions.
RELATED_BY = [field_name for field_name, model in TAXONOMY_FIELDS.items() if model is not Region]


class ResourceType(models.TextChoices):
    """The three kinds of content; values are the `type` facet's slugs."""

    GUIDE = "guide", _("Guide pratique")
    TESTIMONY = "temoignage", _("Témoignage")
    JOB_DESCRIPTION = "fiche-de-poste", _("Fiche de poste")


class LibraryPage(CachedViewRestrictionsMixin, Page):
    """Concrete parent of guides, testimonies and job descriptions (never created by itself)."""

    resource_type = models.CharField(
        _("type de contenu"), max_length=20, choices=ResourceType.choices, editable=False
    )
    summary = models.TextField(
        _("résumé"),
        max_length=400,
        help_text=_("Deux phrases au plus, affichées dans les listes et les résultats."),
    )
    publication_date = models.DateField(
        _("date de publication"),
        help_text=_("La date affichée aux lecteurs ; sert au tri par date."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Facultative. Son texte alternatif est le titre de l'image."),
    )
    reading_time = models.PositiveSmallIntegerField(
        _("temps de lecture (minutes)"), default=1, editable=False
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", verbose_name=_("thématiques"), blank=True, related_name="pages"
    )
    audiences = ParentalManyToManyField(
        "taxonomy.Audience", verbose_name=_("publics accompagnés"), blank=True, related_name="pages"
    )
    structure_types = ParentalManyToManyField(
        "taxonomy.StructureType",
        verbose_name=_("types de structures"),
        blank=True,
        related_name="pages",
    )
    post_types = ParentalManyToManyField(
        "taxonomy.PostType", verbose_name=_("types de postes"), blank=True, related_name="pages"
    )
    regions = ParentalManyToManyField(
        "taxonomy.Region", verbose_name=_("régions"), blank=True, related_name="pages"
    )

    is_creatable = False
    # Guides, testimonies and job descriptions live in a section (a string: search is above library).
    parent_page_types = ["search.LibraryIndexPage"]
    subpage_types = []
    base_form_class = LibraryPageForm
    # Set by each subclass.
    default_resource_type = ""

    @classmethod
    def can_exist_under(cls, parent):
        """Only under the section that lists this type (its `scope`): "Créer une page dans
        Témoignages" offers only a testimony; moving or copying follows the same rule."""
        if not super().can_exist_under(parent):
            return False
        section = parent if hasattr(parent, "scope") else parent.specific
        return getattr(section, "scope", None) == cls.default_resource_type

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.AutocompleteField("summary"),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
        index.FilterField("locale"),
        # The names of the page's terms, so "LAM" or "CHRS" finds the pages classified under them.
        *(index.RelatedFields(field_name, [index.SearchField("name")]) for field_name in TAXONOMY_FIELDS),
    ]

    classification_panels = [FieldPanel(field_name) for field_name in TAXONOMY_FIELDS]
    listing_panels = [
        FieldPanel("summary"),
        FieldPanel("publication_date"),
        FieldPanel("image"),
    ]
    related_panels = [
        InlinePanel(
            "related_links",
            label=_("Contenus liés"),
            help_text=_(
                "Sans choix de votre part, les contenus qui partagent le plus de thématiques "
                "et de publics sont proposés."
            ),
            max_num=6,
        )
    ]

    class Meta:
        verbose_name = _("contenu de la bibliothèque")
        verbose_name_plural = _("contenus de la bibliothèque")

    @classmethod
    def build_edit_handler(cls, content_panels, extra_tabs=()):
        """Tabs shared by every library page: Contenu, Classement, Promotion, then extras."""
        return TabbedInterface(
            [
                ObjectList(
                    Page.content_panels
                    + [MultiFieldPanel(cls.listing_panels, heading=_("Présentation"))]
                    + content_panels,
                    heading=_("Contenu"),
                ),
                ObjectList(cls.classification_panels, heading=_("Classement")),
                ObjectList(Page.promote_panels + cls.related_panels, heading=_("Promotion")),
                *extra_tabs,
                ObjectList(Page.settings_panels, heading=_("Publication")),
            ]
        )

    # -- derived values -----------------------------------------------------------------

    def reading_text(self):
        """The words a reader reads on the page; subclasses add their own fields."""
        return " ".join([self.title, self.summary])

    def compute_reading_time(self):
        words = len(strip_tags(self.reading_text()).split())
        return max(1, math.ceil(words / WORDS_READ_PER_MINUTE))

    def localize_taxonomy(self):
        """Point every taxonomy field at the terms of the page's own locale.

        wagtail-localize copies many-to-many values untouched, so an English translation would
        keep the French terms; the same term in the page's locale shares its translation_key.
        """
        if not self.locale_id:
            return
        for field_name, model in TAXONOMY_FIELDS.items():
            terms = list(getattr(self, field_name).all())
            if all(term.locale_id == self.locale_id for term in terms):
                continue
            keys = [term.translation_key for term in terms]
            localized = {
                term.translation_key: term
                for term in model.objects.filter(translation_key__in=keys, locale_id=self.locale_id)
            }
            setattr(
                self,
                field_name,
                [localized.get(term.translation_key, term) for term in terms],
            )

    def translate_slug(self):
        """A translation starts with its source's slug: once its title is translated, the slug
        follows the translated title (an English address for an English page). A slug the
        translator changed is kept; Wagtail's redirects keep the old address working."""
        if not self.pk or self.locale_id is None or self.locale_id == default_locale_id():
            return
        source = (
            Page.objects.filter(translation_key=self.translation_key, locale_id=default_locale_id())
            .values_list("slug", "title")
            .first()
        )
        if source is None or self.slug != source[0] or self.title == source[1]:
            return
        slug = slugify(self.title)
        if slug and slug != self.slug:
            self.slug = find_available_slug(self.get_parent(), slug, ignore_page_id=self.pk)

    def save(self, *args, **kwargs):
        if self.default_resource_type:
            self.resource_type = self.default_resource_type
        self.reading_time = self.compute_reading_time()
        self.localize_taxonomy()
        self.translate_slug()
        return super().save(*args, **kwargs)

    # -- reading helpers ------------------------------------------------------------------

    def taxonomy_groups(self):
        """[(label, facet key, [terms])] for the detail page, terms in the page's locale."""
        groups = []
        for field_name, model in TAXONOMY_FIELDS.items():
            terms = list(getattr(self, field_name).all())
            if terms:
                groups.append((model._meta.verbose_name_plural, model.facet_key, terms))
        return groups

    def related_items(self, limit=3):
        """The editor's choice when there is one, otherwise pages sharing the most taxonomy."""
        chosen_ids = [link.page_id for link in self.related_links.all()]
        live_pages = LibraryPage.objects.live().public().filter(locale_id=self.locale_id)
        if chosen_ids:
            chosen = {
                page.pk: page
                for page in live_pages.filter(
                    Q(pk__in=chosen_ids)
                    | Q(translation_key__in=Page.objects.filter(pk__in=chosen_ids).values("translation_key"))
                )
            }
            if chosen:
                return list(chosen.values())[:limit]
        shared = Q()
        for field_name in RELATED_BY:
            keys = [term.translation_key for term in getattr(self, field_name).all()]
            if keys:
                shared |= Q(**{f"{field_name}__translation_key__in": keys})
        if not shared:
            return list(live_pages.exclude(pk=self.pk).order_by("-publication_date")[:limit])
        return list(
            live_pages.exclude(pk=self.pk)
            .filter(shared)
            .annotate(shared_terms=Count("pk"))
            .order_by("-shared_terms", "-publication_date")[:limit]
        )


class LibraryRelatedLink(Orderable):
    source_page = ParentalKey(LibraryPage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("contenu"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [UserAwarePageChooserPanel("page", page_type="library.LibraryPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("contenu lié")
        verbose_name_plural = _("contenus liés")
