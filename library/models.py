"""The one base page for everything in the library: it carries the taxonomy and listing fields."""

import math

from django.conf import settings
from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.utils import translation
from django.utils.functional import cached_property
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
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from core.admin_panels import UserAwarePageChooserPanel
from core.navigation import RequestUrlPartsMixin
from core.routing import CachedViewRestrictionsMixin, active_locale
from core.site_cache import cached
from library.api_fields import LIBRARY_API_FIELDS
from library.forms import LibraryPageForm
from library.related import ranked_by_shared_terms
from library.structured_data import article
from taxonomy.models import TAXONOMY_FIELDS, Region

WORDS_READ_PER_MINUTE = 200
# Related pages share what they are about, not where they are: every vocabulary but the regions.
RELATED_BY = [field_name for field_name, model in TAXONOMY_FIELDS.items() if model is not Region]
RELATED_LIMIT = 3


class ResourceType(models.TextChoices):
    """The three kinds of content; values are the `type` facet's slugs."""

    GUIDE = "guide", _("Guide pratique")
    TESTIMONY = "temoignage", _("Témoignage")
    JOB_DESCRIPTION = "fiche-de-poste", _("Fiche de poste")


_RESOURCE_TYPE_VALUES = frozenset(ResourceType.values)


def _language_codes():
    return dict(Locale.objects.values_list("pk", "language_code"))


# Index weights of what a page is about (search/ranking.py reads them back): above the body's words.
SUMMARY_BOOST = 2
TERMS_BOOST = 1


class LibraryPage(RequestUrlPartsMixin, CachedViewRestrictionsMixin, Page):
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
    # The parts of the detail template (library/detail_page.html) kept in the site cache, read
    # with the chrome.
    page_fragments = ("library-head", "library-article", "feedback", "library-related")

    @classmethod
    def can_exist_under(cls, parent):
        """Only under the section that lists this type (its `scope`): "Créer une page dans
        Témoignages" offers only a testimony; moving or copying follows the same rule."""
        if not super().can_exist_under(parent):
            return False
        section = parent if hasattr(parent, "scope") else parent.specific
        return getattr(section, "scope", None) == cls.default_resource_type

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=SUMMARY_BOOST),
        index.AutocompleteField("summary"),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
        index.FilterField("locale"),
        # The names of the page's terms, so "LAM" or "CHRS" finds the pages classified under them.
        *(
            index.RelatedFields(field_name, [index.SearchField("name", boost=TERMS_BOOST)])
            for field_name in TAXONOMY_FIELDS
        ),
    ]

    # What the open API shows of every library page (api/; each type adds its own content).
    api_fields = LIBRARY_API_FIELDS

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
        indexes = [
            # The newest first: the autocomplete's order (search.suggestions), which PostgreSQL
            # follows down this index and stops after a few matches for a prefix found in many
            # pages.
            models.Index(fields=["-publication_date", "-page_ptr"], name="library_newest_first"),
        ]

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

    def taxonomy_terms(self):
        """{field name: [terms]} for every vocabulary, each read from the database once per
        instance (a prefetch, which Django drops when the terms change through the manager);
        terms set in memory (a form, a revision) win over the database's."""
        if self.pk:
            prefetch_related_objects([self], *TAXONOMY_FIELDS)
        return {field_name: list(getattr(self, field_name).all()) for field_name in TAXONOMY_FIELDS}

    def localize_taxonomy(self):
        """Point every taxonomy field at the terms of the page's own locale.

        wagtail-localize copies many-to-many values untouched, so an English translation would
        keep the French terms; the same term in the page's locale shares its translation_key.
        Only terms set in memory can be new: those read from the database were localised when
        they were saved, so a save that does not touch the taxonomy reads nothing.
        """
        if not self.locale_id:
            return
        in_memory = getattr(self, "_cluster_related_objects", {})
        foreign = {}
        for field_name in TAXONOMY_FIELDS:
            if field_name in in_memory:
                terms = list(getattr(self, field_name).all())
                if any(term.locale_id != self.locale_id for term in terms):
                    foreign[field_name] = terms
        for field_name, terms in foreign.items():
            keys = [term.translation_key for term in terms]
            localized = {
                term.translation_key: term
                for term in TAXONOMY_FIELDS[field_name].objects.filter(
                    translation_key__in=keys, locale_id=self.locale_id
                )
            }
            setattr(self, field_name, [localized.get(term.translation_key, term) for term in terms])

    def translate_slug(self):
        """A translation starts with its source's slug: once its title is translated, the slug
        follows the translated title (an English address for an English page). A slug the
        translator changed is kept; Wagtail's redirects keep the old address working."""
        if not self.pk or not self.translation_key:
            return
        # One query, and no site-cache read: saves stay out of what a request's cache holds.
        source = (
            Page.objects.filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            )
            .exclude(pk=self.pk)
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

    def get_indexed_instance(self):
        """The instance to index, its taxonomy read once: the search backend reads each
        vocabulary for every indexed column (title, body, autocomplete, synonyms) otherwise."""
        instance = super().get_indexed_instance()
        if instance is not None and instance.pk:
            prefetch_related_objects([instance], *TAXONOMY_FIELDS)
        return instance

    # -- reading helpers ------------------------------------------------------------------

    @property
    def language_code(self):
        """The page's language ("fr", "en"): the language being served when the page is in it (the
        routing has read that locale already), else from the site cache's list of locales; reading
        `page.locale` costs a query on every request."""
        served = active_locale()
        if served is not None and served.pk == self.locale_id:
            return served.language_code
        codes = cached("locale-language-codes", _language_codes)
        return codes.get(self.locale_id) or self.locale.language_code

    def get_resource_type_display(self):
        """The type's label ("Témoignage"), as Django's own method says it but without building a
        dictionary of the choices at each call: every card and detail header shows it."""
        if self.resource_type in _RESOURCE_TYPE_VALUES:
            return str(ResourceType(self.resource_type).label)
        return self.resource_type

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["library_detail"] = LibraryDetail(self, request)
        return context

    def social_card(self):
        """The page's social card (core/structured_data.py): its type over its title, its image."""
        with translation.override(self.language_code):
            kicker = str(self.get_resource_type_display())
        return {"kicker": kicker, "title": self.title, "image": self.image, "type": "article"}

    def structured_data(self, request, publisher, image, terms):
        """The page's JSON-LD: an Article (library/structured_data.py)."""
        return article(self, request, publisher, image, terms)

    def taxonomy_groups(self, terms=None):
        """[(label, facet key, [terms])] for the detail page, terms in the page's locale."""
        terms = self.taxonomy_terms() if terms is None else terms
        return [
            (model._meta.verbose_name_plural, model.facet_key, terms[field_name])
            for field_name, model in TAXONOMY_FIELDS.items()
            if terms[field_name]
        ]

    def related_items(self, limit=RELATED_LIMIT, terms=None):
        """The editor's choice when there is one, otherwise the pages sharing the most taxonomy
        terms (the regions aside): live, public, in the page's language, never the page itself."""
        live_pages = LibraryPage.objects.live().public().filter(locale_id=self.locale_id)
        chosen = self._chosen_related_items(live_pages)
        if chosen:
            return chosen[:limit]
        terms = self.taxonomy_terms() if terms is None else terms
        keys = {field_name: [term.translation_key for term in terms[field_name]] for field_name in RELATED_BY}
        others = live_pages.exclude(pk=self.pk)
        if not any(keys.values()):
            return list(others.order_by("-publication_date", "title", "pk")[:limit])
        ids = ranked_by_shared_terms(others, keys, limit)
        pages = others.in_bulk(ids)
        return [pages[pk] for pk in ids if pk in pages]

    def _chosen_related_items(self, live_pages):
        """The pages the editor chose, in their order, each in the page's language when it has
        a live translation in it."""
        links = list(self.related_links.all())
        if not links:
            return []
        chosen_ids = [link.page_id for link in links]
        keys = dict(Page.objects.filter(pk__in=chosen_ids).values_list("pk", "translation_key"))
        order = {}
        for position, pk in enumerate(chosen_ids):
            order.setdefault(keys.get(pk), position)
        found = live_pages.filter(Q(pk__in=chosen_ids) | Q(translation_key__in=list(keys.values())))
        by_key = {page.translation_key: page for page in found}
        return [by_key[key] for key in sorted(by_key, key=lambda key: order.get(key, len(order)))]


class LibraryDetail:
    """What a detail page shows of its taxonomy and related pages, computed once per content
    change (the site cache's generation) and read lazily by the template; a preview computes it
    from the previewed version instead."""

    def __init__(self, page, request):
        self.page = page
        self.is_preview = getattr(request, "is_preview", False)

    @cached_property
    def _data(self):
        if self.is_preview or not self.page.pk:
            return self._build()
        return cached("library-detail", self._build, self.page.pk)

    def _build(self):
        terms = self.page.taxonomy_terms()  # read once, for both the groups and the ranking
        return {
            "terms": {field_name: values for field_name, values in terms.items() if values},
            "related": self.page.related_items(terms=terms),
        }

    @property
    def taxonomy_groups(self):
        terms = {field_name: self._data["terms"].get(field_name, []) for field_name in TAXONOMY_FIELDS}
        return self.page.taxonomy_groups(terms)

    @property
    def related_items(self):
        return self._data["related"]


class LibraryRelatedLink(Orderable):
    source_page = ParentalKey(LibraryPage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("contenu"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [UserAwarePageChooserPanel("page", page_type="library.LibraryPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("contenu lié")
        verbose_name_plural = _("contenus liés")
