"""Admin report: readers' answers to « Cette page vous a-t-elle été utile ? », per page, with
their comments.

The chart is inline SVG drawn here (no JavaScript, nothing from another host): one stacked bar per
page among the most answered, each with its figures written beside it, a text alternative, and
every figure again in the table below it.
"""

import datetime

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from core.reports import PeriodReportView
from feedback.models import PageFeedback
from library.models import LibraryPage

PERIODS = {"30": 30, "90": 90, "365": 365}
DEFAULT_PERIOD = "90"
ROWS = 50
COMMENTS = 100
CHART_ROWS = 10
CHART_WIDTH, CHART_ROW, CHART_TOP, CHART_FIGURES = 720, 44, 4, 150
GAP = 2  # between the « oui » and the « non » of a bar


def counts():
    return {
        "yes": Count("pk", filter=Q(useful=True)),
        "no": Count("pk", filter=Q(useful=False)),
    }


def figures(days, today=None):
    """Totals, the pages with the most answers and the latest comments of the last `days` days."""
    today = today or timezone.localdate()
    start = today - datetime.timedelta(days=days - 1)
    answers = PageFeedback.objects.filter(received_on__gte=start, received_on__lte=today)
    totals = answers.aggregate(**counts())
    per_page = list(
        answers.values("page_id")
        .annotate(**counts(), total=Count("pk"), comments=Count("pk", filter=~Q(comment="")))
        .order_by("-total", "-no", "page_id")[:ROWS]
    )
    pages = LibraryPage.objects.select_related("locale").in_bulk(
        [row["page_id"] for row in per_page if row["page_id"]]
    )
    rows = [
        {
            **row,
            "page": pages.get(row["page_id"]),
            "useful_share": round(100 * row["yes"] / row["total"]),
        }
        for row in per_page
    ]
    comments = answers.exclude(comment="").select_related("page", "page__locale")[:COMMENTS]
    return {
        "start": start,
        "end": today,
        "yes": totals["yes"],
        "no": totals["no"],
        "total": totals["yes"] + totals["no"],
        "rows": rows,
        "comments": list(comments),
    }


def chart(rows):
    """Geometry of the stacked bars of the first CHART_ROWS rows: « oui » then « non »."""
    rows = rows[:CHART_ROWS]
    top = max((row["total"] for row in rows), default=0)
    inner = CHART_WIDTH - CHART_FIGURES
    bars = []
    for index, row in enumerate(rows):
        y = CHART_TOP + index * CHART_ROW
        yes_width = inner * row["yes"] / top
        no_width = inner * row["no"] / top
        no_x = yes_width + (GAP if row["yes"] and row["no"] else 0)
        page = row["page"]
        bars.append(
            {
                "label": Truncator(page.title).chars(80) if page else None,
                "language": page.locale.language_code.upper() if page else "",
                "label_y": y + 13,
                "bar_y": y + 19,
                "yes": row["yes"],
                "no": row["no"],
                "yes_width": round(yes_width, 2),
                "no_x": round(no_x, 2),
                "no_width": round(no_width, 2),
                "figures_x": round(no_x + no_width + 8, 2),
                "figures_y": y + 30,
            }
        )
    return {"width": CHART_WIDTH, "height": CHART_TOP + len(bars) * CHART_ROW + 4, "bars": bars}


class FeedbackReportView(PeriodReportView):
    template_name = "feedback/admin_report.html"
    page_title = _("Avis des lecteurs")
    header_icon = "comment"
    periods = PERIODS
    default_period = DEFAULT_PERIOD
    url_name = "feedback_report"

    def get_figures(self, days):
        found = figures(days)
        return {"figures": found, "chart": chart(found["rows"])}
