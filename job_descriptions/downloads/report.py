"""Admin report: downloads of the job-description templates, per template, format and time.

The chart is inline SVG drawn here (no JavaScript, nothing from another host), with a text
alternative and the same figures in a table.
"""

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from core.reports import PeriodReportView
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.downloads.stats import report

PERIODS = {"30": 30, "90": 90, "365": 365}
DEFAULT_PERIOD = "90"
CHART_WIDTH, CHART_HEIGHT, CHART_TOP, CHART_BOTTOM, CHART_LEFT = 720, 220, 16, 28, 40


def chart(points):
    """Geometry of a bar chart of [(day, value)]: bars, horizontal guides and a few date labels."""
    count = max(len(points), 1)
    top = max((value for _day, value in points), default=0)
    scale_max = max(top, 1)
    inner_width = CHART_WIDTH - CHART_LEFT - 8
    inner_height = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM
    slot = inner_width / count
    bars = []
    for index, (day, value) in enumerate(points):
        height = inner_height * value / scale_max
        bars.append(
            {
                "x": round(CHART_LEFT + index * slot + slot * 0.1, 2),
                "y": round(CHART_TOP + inner_height - height, 2),
                "width": round(max(slot * 0.8, 1), 2),
                "height": round(height, 2),
                "day": day,
                "value": value,
            }
        )
    guides = []
    for fraction in (0, 0.5, 1):
        guides.append(
            {
                "y": round(CHART_TOP + inner_height * (1 - fraction), 2),
                "label": formats.number_format(round(scale_max * fraction)) if top else "0",
            }
        )
    label_every = max(1, count // 6)
    labels = [
        {"x": round(bar["x"] + bar["width"] / 2, 2), "text": formats.date_format(bar["day"], "j M")}
        for index, bar in enumerate(bars)
        if index % label_every == 0
    ]
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "left": CHART_LEFT,
        "right": CHART_WIDTH - 8,
        "label_y": CHART_HEIGHT - 8,
        "bars": bars,
        "guides": guides,
        "labels": labels,
        "top": top,
    }


class DownloadReportView(PeriodReportView):
    template_name = "job_descriptions/downloads/admin_report.html"
    page_title = _("Téléchargements des fiches de poste")
    header_icon = "download"
    periods = PERIODS
    default_period = DEFAULT_PERIOD
    url_name = "job_descriptions_download_report"

    def get_figures(self, days):
        figures = report(days=days)
        return {
            "figures": figures,
            "chart": chart(figures["trend"]),
            "weekly": days > 92,
            "formats": list(FORMATS.values()),
        }
