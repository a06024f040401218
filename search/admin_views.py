"""Admin report: what readers search for, and what they search for without finding anything."""

import datetime
import logging

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.reports import PeriodReportView
from search.stats import SearchQueryStat
from search.stats_flush import flush_search_stats

logger = logging.getLogger(__name__)

PERIODS = {"7": 7, "30": 30, "90": 90, "365": 365}
DEFAULT_PERIOD = "30"
ROWS = 50


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


class SearchStatisticsView(PeriodReportView):
    template_name = "search/admin/statistics.html"
    page_title = _("Recherches des lecteurs")
    header_icon = "search"
    periods = PERIODS
    default_period = DEFAULT_PERIOD
    url_name = "search_statistics"

    def get_figures(self, days):
        try:  # the searches still counted in the cache first, so that the report is up to date
            flush_search_stats()
        except Exception:
            logger.exception("Statistiques de recherche : les recherches en attente n'ont pas été ajoutées.")
        return {"figures": statistics(days)}
