"""Counting downloads per page, format and day, and the figures of the editors' report."""

import datetime
import logging

from django.db import DatabaseError, models, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.counters import add_to_counters
from job_descriptions.downloads.formats import FORMATS

logger = logging.getLogger(__name__)


class DownloadCount(models.Model):
    """Download counts of the job-description files: one row per page, format, kind and day.

    Only counts: no IP address, no user, no time of day, nothing about who downloaded.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("fiche de poste"), on_delete=models.CASCADE, related_name="+"
    )
    file_format = models.CharField(_("format"), max_length=8)
    personalised = models.BooleanField(_("personnalisée"), default=False)
    day = models.DateField(_("jour"))
    count = models.PositiveIntegerField(_("téléchargements"), default=0)

    class Meta:
        verbose_name = _("nombre de téléchargements")
        verbose_name_plural = _("nombres de téléchargements")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "file_format", "personalised", "day"], name="unique_download_count_per_day"
            )
        ]
        indexes = [models.Index(fields=["day"], name="download_count_day_idx")]

    def __str__(self):
        return f"{self.page_id} {self.file_format} {self.day}: {self.count}"


def record_download(page, file_format, personalised=False):
    """Adds one to today's count. A failure to count never stops the download."""
    key = {
        "page": page.pk,
        "file_format": file_format.key,
        "personalised": personalised,
        "day": timezone.localdate(),
    }
    try:
        # A savepoint: a failed statement leaves the request's transaction usable.
        with transaction.atomic():
            add_to_counters(DownloadCount, key, {"count": 1})
    except DatabaseError:
        logger.exception("Téléchargement non compté (page %s, %s)", page.pk, file_format.key)


def _format_sums():
    sums = {key: Sum("count", filter=Q(file_format=key, personalised=False), default=0) for key in FORMATS}
    sums["personalised"] = Sum("count", filter=Q(personalised=True), default=0)
    sums["total"] = Sum("count", default=0)
    return sums


def report(days=90, today=None, limit=20):
    """Figures of the last `days` days: totals, most downloaded templates, trend per day/week."""
    today = today or timezone.localdate()
    start = today - datetime.timedelta(days=days - 1)
    counts = DownloadCount.objects.filter(day__gte=start, day__lte=today)

    totals = counts.aggregate(**_format_sums())
    rows = list(counts.values("page_id").annotate(**_format_sums()).order_by("-total", "page_id")[:limit])
    pages = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[row["page_id"] for row in rows])
        .select_related("locale")
        .only("pk", "title", "locale__language_code")
    }
    top = max((row["total"] for row in rows), default=0)
    totals["by_format"] = [(FORMATS[key], totals[key]) for key in FORMATS]
    for row in rows:
        row["by_format"] = [row[key] for key in FORMATS]
        row["page"] = pages.get(row["page_id"])
        row["share"] = round(100 * row["total"] / top) if top else 0

    return {
        "start": start,
        "end": today,
        "days": days,
        "totals": totals,
        "rows": rows,
        "trend": trend(counts, start, today, weekly=days > 92),
        "templates": counts.aggregate(n=Count("page_id", distinct=True))["n"],
    }


def trend(counts, start, end, weekly=False):
    """[(first day of the period, downloads)] with zero for quiet periods, oldest first."""
    per_day = dict(counts.values_list("day").annotate(total=Sum("count")).order_by())
    step = 7 if weekly else 1
    if weekly:
        start = start - datetime.timedelta(days=start.weekday())
    points = []
    day = start
    while day <= end:
        span = [day + datetime.timedelta(days=offset) for offset in range(step)]
        points.append((day, sum(per_day.get(item, 0) for item in span)))
        day += datetime.timedelta(days=step)
    return points
