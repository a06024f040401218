"""Measuring the ranking against the judged set (search/relevance_set.py): nDCG@5 and MRR.

nDCG@5: the graded gain (2^grade - 1) of the first five results, discounted by rank, divided by
that of the ideal order. MRR: the mean of 1 / rank of the first page graded 2 or 3 (0 when none is
in the first 20). Both between 0 and 1, 1 being every query perfectly ordered.
"""

import math
from dataclasses import dataclass

from django.http import QueryDict
from django.utils import translation

from search.engine import LibrarySearch
from search.relevance_set import JUDGED

CUTOFF = 5
FIRST_GRADE = 2


def dcg(grades):
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def ndcg(ranked, judged, cutoff=CUTOFF):
    ideal = dcg(sorted(judged.values(), reverse=True)[:cutoff])
    return dcg([judged.get(slug, 0) for slug in ranked[:cutoff]]) / ideal if ideal else 0.0


def reciprocal_rank(ranked, judged):
    for rank, slug in enumerate(ranked, start=1):
        if judged.get(slug, 0) >= FIRST_GRADE:
            return 1 / rank
    return 0.0


@dataclass
class QueryScore:
    language: str
    query: str
    ranked: list
    ndcg: float
    rr: float


def ranked_slugs(index_page, query):
    """The slugs of the first page of results, as a reader of the index page's language gets them."""
    data = QueryDict(mutable=True)
    data["q"] = query
    with translation.override(index_page.locale.language_code):
        search = LibrarySearch(index_page, data).run()
    return [page.slug for page in search.results.object_list]


def evaluate(index_pages, judged=JUDGED):
    """[QueryScore] for every judged query; `index_pages` maps a language to its search page."""
    scores = []
    for language, queries in judged.items():
        for query, grades in queries.items():
            ranked = ranked_slugs(index_pages[language], query)
            scores.append(
                QueryScore(language, query, ranked, ndcg(ranked, grades), reciprocal_rank(ranked, grades))
            )
    return scores


def summary(scores):
    """{"queries", "ndcg5", "mrr"} over `scores`, rounded to three decimals."""
    count = len(scores)
    return {
        "queries": count,
        "ndcg5": round(sum(score.ndcg for score in scores) / count, 3) if count else 0.0,
        "mrr": round(sum(score.rr for score in scores) / count, 3) if count else 0.0,
    }


def search_pages():
    """{language: the whole-library search page of that language}."""
    from search.models import LibraryIndexPage

    pages = LibraryIndexPage.objects.live().filter(scope="").select_related("locale")
    return {page.locale.language_code: page for page in pages}
