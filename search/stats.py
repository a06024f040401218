"""Search statistics for editors, kept free of personal data.

One row per day, language and normalised query, holding two counters. Nothing about the reader is
stored (no address, no user, no time of day), and queries that look like an e-mail address or a
phone number are not recorded at all.
"""

import re

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.counters import add_to_counters
from search.text import clean_query, fold

MAX_STORED_LENGTH = 100
_PERSONAL = re.compile(r"@|\d[\d .-]{5,}\d")


class SearchQueryStat(models.Model):
    """How often a query was searched on one day, and how often it found nothing.

    Aggregates only: no address, no user, no time of day. Queries that look like an e-mail address
    or a phone number are never recorded.
    """

    day = models.DateField(_("jour"))
    language = models.CharField(_("langue"), max_length=8)
    query = models.CharField(_("recherche"), max_length=MAX_STORED_LENGTH)
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


def normalise_for_stats(query):
    query = " ".join(fold(clean_query(query)).replace("-", " ").split())
    return query[:MAX_STORED_LENGTH].strip()


def record_search(language, query, result_count):
    """Adds one search (and one "no result" when nothing was found) in a single statement."""
    normalised = normalise_for_stats(query)
    if not normalised or _PERSONAL.search(normalised):
        return
    add_to_counters(
        SearchQueryStat,
        {"day": timezone.localdate(), "language": language[:8], "query": normalised},
        {"searches": 1, "no_results": 1 if result_count == 0 else 0},
    )
