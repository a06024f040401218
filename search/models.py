from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.routing import CachedViewRestrictionsMixin
from library.models import ResourceType

# What an index page lists: one type of content (a section), or everything (the search page).
LISTING_SCOPES = [("", _("Toute la bibliothèque (page de recherche)")), *ResourceType.choices]


class LibraryIndexPage(RoutablePageMixin, CachedViewRestrictionsMixin, Page):
    """A section index (one content type) or the search page (the whole library)."""

    scope = models.CharField(
        _("contenu listé"),
        max_length=20,
        choices=LISTING_SCOPES,
        blank=True,
        help_text=_("Un type de contenu pour une rubrique, ou toute la bibliothèque pour la recherche."),
    )
    introduction = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("scope"), FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "guides.PracticeGuidePage",
        "testimonies.TestimonyPage",
        "job_descriptions.JobDescriptionPage",
    ]
    template = "search/library_index_page.html"

    class Meta:
        verbose_name = _("rubrique ou page de recherche")
        verbose_name_plural = _("rubriques et page de recherche")

    @property
    def is_search_page(self):
        return not self.scope

    def get_context(self, request, *args, **kwargs):
        from search.engine import run_search

        context = super().get_context(request, *args, **kwargs)
        search = run_search(self, request.GET)
        request.library_search = search
        context.update(
            search=search,
            search_query=search.query,
            results=search.results,
            paginator=search.paginator,
            page_range=search.page_range(),
            query_prefix=search.query_prefix,
            resource_types=ResourceType.choices,
        )
        return context

    @path("")
    def listing(self, request):
        """The page, or with ?format=json the same search as JSON."""
        from search.views import json_answer, record

        if request.GET.get("format") == "json":
            from search.engine import run_search

            search = run_search(self, request.GET)
            response = json_answer(request, search)
        else:
            response = self.render(request)
            search = getattr(request, "library_search", None)
        if search is not None:
            record(request, self, search)
        return response

    @path("suggestions/")
    def suggestions(self, request):
        """Autocomplete: a JSON list of {title, url, type}."""
        from search.views import suggestions_answer

        return suggestions_answer(request, self)


class SynonymGroup(models.Model):
    """Names of one thing that readers use interchangeably; a search for one finds them all."""

    name = models.CharField(
        _("nom"),
        max_length=100,
        help_text=_("Pour retrouver le groupe dans la liste, par exemple « Pair-aidance » ou « LAM »."),
    )
    terms = models.TextField(
        _("termes équivalents"),
        help_text=_(
            "Un terme par ligne : sigle, forme développée, masculin et féminin. Le pluriel, les "
            "majuscules, les accents et les traits d'union sont déjà pris en compte."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("terms")]

    MAX_TERMS = 30

    class Meta:
        ordering = ["name"]
        verbose_name = _("groupe de synonymes")
        verbose_name_plural = _("synonymes de recherche")

    def __str__(self):
        return self.name

    def term_list(self):
        terms = [" ".join(line.split())[:100] for line in self.terms.splitlines()]
        return list(dict.fromkeys(term for term in terms if term))[: self.MAX_TERMS]

    def clean(self):
        from django.core.exceptions import ValidationError

        if len(self.term_list()) < 2:
            raise ValidationError({"terms": _("Indiquez au moins deux termes, un par ligne.")})


class SearchQueryStat(models.Model):
    """How often a query was searched on one day, and how often it found nothing.

    Aggregates only: no address, no user, no time of day. Queries that look like an e-mail address
    or a phone number are never recorded.
    """

    day = models.DateField(_("jour"))
    language = models.CharField(_("langue"), max_length=8)
    query = models.CharField(_("recherche"), max_length=100)
    searches = models.PositiveIntegerField(_("recherches"), default=0)
    no_results = models.PositiveIntegerField(_("recherches sans résultat"), default=0)

    class Meta:
        verbose_name = _("statistique de recherche")
        verbose_name_plural = _("statistiques de recherche")
        constraints = [
            models.UniqueConstraint(fields=["day", "language", "query"], name="unique_search_stat_per_day")
        ]
        indexes = [models.Index(fields=["day"], name="search_stat_day")]

    def __str__(self):
        return f"{self.day} {self.query}"
