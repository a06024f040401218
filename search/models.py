from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Page

RESULTS_PER_PAGE = 20


def filter_by_taxonomy(pages, params):
    """Narrow pages by facet slugs (?thematique=recrutement&region=…); unknown keys are ignored."""
    from resources.models import TAXONOMY_FIELDS

    for model in TAXONOMY_FIELDS.values():
        slugs = [slug for slug in params.getlist(model.facet_key) if slug][:20]
        if slugs:
            pages = pages.filter(
                pk__in=model.objects.filter(slug__in=slugs).values("pages__pk")
            )
    return pages


def query_prefix(params):
    """The current query string without `page`, ready to prepend to `page=N`."""
    kept = params.copy()
    kept.pop("page", None)
    encoded = kept.urlencode()
    return f"{encoded}&" if encoded else ""


class ListingScope(models.TextChoices):
    ALL = "", _("Toute la bibliothèque (page de recherche)")
    GUIDE = "guide", _("Guides pratiques")
    TESTIMONY = "temoignage", _("Témoignages")
    JOB_DESCRIPTION = "fiche-de-poste", _("Fiches de poste")


class LibraryIndexPage(RoutablePageMixin, Page):
    """A section index (one content type) or the search page (the whole library)."""

    scope = models.CharField(
        _("contenu listé"),
        max_length=20,
        choices=ListingScope.choices,
        blank=True,
        help_text=_("Un type de contenu pour une rubrique, ou toute la bibliothèque pour la recherche."),
    )
    introduction = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("scope"), FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "resources.PracticeGuidePage",
        "testimonies.TestimonyPage",
        "resources.JobDescriptionPage",
    ]
    template = "search/library_index_page.html"

    class Meta:
        verbose_name = _("rubrique ou page de recherche")
        verbose_name_plural = _("rubriques et page de recherche")

    @property
    def is_search_page(self):
        return not self.scope

    def get_context(self, request, *args, **kwargs):
        from resources.models import LibraryPage

        context = super().get_context(request, *args, **kwargs)
        pages = (
            LibraryPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .prefetch_related("themes")
            .order_by("-publication_date", "-pk")
        )
        if self.scope:
            pages = pages.filter(resource_type=self.scope)
        pages = filter_by_taxonomy(pages, request.GET)
        paginator = Paginator(pages, RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
        context["results"] = results
        context["paginator"] = paginator
        context["page_range"] = paginator.get_elided_page_range(
            results.number, on_each_side=2, on_ends=1
        )
        context["query_prefix"] = query_prefix(request.GET)
        return context
