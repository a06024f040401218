from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.reports import ReportMenuItem
from search.admin_views import SearchStatisticsView
from search.models import LibraryIndexPage, SynonymGroup
from search.stats_hits import keep_search_hit


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Synonymes de recherche")
    list_display = ["name", "terms"]
    search_fields = ["name", "terms"]
    ordering = ["name"]


register_snippet(SynonymGroupViewSet)


@hooks.register("register_admin_urls")
def register_search_statistics_url():
    return [path("rapports/recherches/", SearchStatisticsView.as_view(), name="search_statistics")]


@hooks.register("register_reports_menu_item")
def register_search_statistics_menu_item():
    return ReportMenuItem(
        _("Recherches des lecteurs"),
        reverse("search_statistics"),
        name="search-statistics",
        icon_name="search",
        order=1200,
    )


@hooks.register("search_page_url")
def search_page_url(request, locale):
    """The URL of the search page (the library index without a scope) in the reader's language."""
    page = LibraryIndexPage.objects.live().filter(locale=locale, scope="").order_by("path").first()
    return page.get_url(request) if page is not None else None


@hooks.register("page_cache_hit")
def count_search_served_from_cache(request):
    """A search state served from the page cache is counted as the search view counts it, after
    its response (search/stats_hits.py)."""
    keep_search_hit(request)
