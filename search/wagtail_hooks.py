from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.reports import ReportMenuItem
from search.models import SynonymGroup


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
    from search.admin_views import SearchStatisticsView

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
