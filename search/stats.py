"""Search statistics for editors, kept free of personal data.

One row per day, language and normalised query, holding two counters. Nothing about the reader is
stored (no address, no user, no time of day), and queries that look like an e-mail address or a
phone number are not recorded at all.
"""

import re

from django.utils import timezone

from core.counters import add_to_counters
from search.models import SearchQueryStat
from search.text import clean_query, fold

MAX_STORED_LENGTH = 100
_PERSONAL = re.compile(r"@|\d[\d .-]{5,}\d")


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
