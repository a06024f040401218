"""The search app's models: the library index page, and two models defined with the code that uses
them, so that the engine never needs the page: the synonym groups (search.synonyms) and the search
statistics (search.stats)."""

from urllib.parse import urlencode

from django.db import models
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.routing import CachedViewRestrictionsMixin, TypedChildRoutingMixin
from library.models import ResourceType
from search.engine import run_search
from search.stats import SearchQueryStat
from search.synonyms import SynonymGroup
from search.views import json_answer, record, suggestions_answer
from search.vocabulary import FACETS, TAXONOMY_FACETS

__all__ = ["LISTING_SCOPES", "LibraryIndexPage", "SearchQueryStat", "SynonymGroup"]

# What an index page lists: one type of content (a section), or everything (the search page).
LISTING_SCOPES = [("", _("Toute la bibliothèque (page de recherche)")), *ResourceType.choices]


class LibraryIndexPage(RoutablePageMixin, TypedChildRoutingMixin, CachedViewRestrictionsMixin, Page):
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

    def child_model_for_routing(self):
        """A section's own type of content (the search page has no children of its own)."""
        if not self.scope:
            return None
        models_of_scope = [
            model
            for model in self.clean_subpage_models()
            if getattr(model, "default_resource_type", None) == self.scope
        ]
        return models_of_scope[0] if models_of_scope else None

    @staticmethod
    def search_context(search):
        """What the page's template reads from the search it shows."""
        return {
            "search": search,
            "search_query": search.query,
            "results": search.results,
            "paginator": search.paginator,
            "page_range": search.page_range(),
            "query_prefix": search.query_prefix,
            "resource_types": ResourceType.choices,
            # The kinds of the autocomplete's taxonomy suggestions (search/suggestions.py).
            "facet_labels": [(key, label) for key, label in FACETS if key in TAXONOMY_FACETS],
        }

    def get_sitemap_urls(self, request=None):
        """The search page stays out of the sitemap (robots.txt disallows it, its states are
        `noindex`); a section lists itself and its indexable states: one facet value each, the
        values with content in this language (without hreflang alternates: the other language's
        listing of the same value may be empty)."""
        if self.is_search_page:
            return []
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        search = run_search(self, QueryDict())
        for facet in search.facets:
            if facet.key in TAXONOMY_FACETS:
                for value in facet.values:
                    query = urlencode({facet.key: value.value})
                    urls.append({**urls[0], "location": f"{urls[0]['location']}?{query}", "alternates": []})
        return urls

    @path("")
    def listing(self, request):
        """The page, or with ?format=json the same search as JSON; the search runs once."""
        search = run_search(self, request.GET)
        if request.GET.get("format") == "json":
            response = json_answer(request, search)
        else:
            response = self.render(request, context_overrides=self.search_context(search))
        record(request, self, search)
        return response

    @path("suggestions/")
    def suggestions(self, request):
        """Autocomplete: a JSON list of {title, url, type}."""
        return suggestions_answer(request, self)
