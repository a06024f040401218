"""Admin report: what readers search for, and what they search for without finding anything."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permissions import policy_registry

from search.models import SearchQueryStat

PERIODS = {"7": 7, "30": 30, "90": 90, "365": 365}
DEFAULT_PERIOD = "30"
ROWS = 50


def user_can_see_statistics(user):
    return policy_registry.get_by_type(Page).user_has_any_permission(user, ["add", "change", "publish"])


def statistics(days, today=None):
    """Totals per normalised query since `days` days ago: top queries and queries with no result."""
    today = today or timezone.localdate()
    start = today - datetime.timedelta(days=days - 1)
    rows = SearchQueryStat.objects.filter(day__gte=start, day__lte=today)
    by_query = rows.values("query", "language").annotate(total=Sum("searches"), missed=Sum("no_results"))
    totals = rows.aggregate(total=Sum("searches"), missed=Sum("no_results"))
    return {
        "start": start,
        "end": today,
        "total": totals["total"] or 0,
        "missed": totals["missed"] or 0,
        "top": list(by_query.order_by("-total", "query")[:ROWS]),
        "no_results": list(by_query.filter(missed__gt=0).order_by("-missed", "query")[:ROWS]),
    }


class SearchStatisticsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/statistics.html"
    page_title = _("Recherches des lecteurs")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not user_can_see_statistics(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = self.request.GET.get("periode", DEFAULT_PERIOD)
        if period not in PERIODS:
            period = DEFAULT_PERIOD
        context.update(
            period=period,
            periods=list(PERIODS.items()),
            figures=statistics(PERIODS[period]),
            report_url=reverse("search_statistics"),
        )
        return context
