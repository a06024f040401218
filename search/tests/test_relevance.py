"""The judged relevance set (search/relevance_set.py) on the demo content: a floor on nDCG@5 and
MRR, so a ranking change that makes readers' searches worse fails. The figures themselves are
printed by `python -m benchmarks.relevance`."""

import pytest
from django.db import connection

from search.relevance import evaluate, ndcg, reciprocal_rank, search_pages, summary
from search.relevance_set import JUDGED

# PostgreSQL is the production database; SQLite (`make run`) is held to a floor a little lower.
FLOORS = {"postgresql": {"ndcg5": 0.9, "mrr": 0.9}, "sqlite": {"ndcg5": 0.85, "mrr": 0.85}}


def test_the_set_is_large_enough_and_graded():
    assert len(JUDGED["fr"]) >= 40 and len(JUDGED["en"]) >= 15
    for queries in JUDGED.values():
        for grades in queries.values():
            assert max(grades.values()) >= 2 and set(grades.values()) <= {1, 2, 3}


def test_metrics():
    judged = {"a": 3, "b": 2}
    assert ndcg(["a", "b", "x"], judged) == pytest.approx(1.0)
    assert ndcg(["x", "y"], judged) == 0.0
    assert ndcg(["b", "a"], judged) < 1.0
    assert reciprocal_rank(["x", "b", "a"], judged) == 0.5
    assert reciprocal_rank(["x"], judged) == 0.0


@pytest.mark.sqlite_smoke
def test_judged_queries_find_the_pages_about_them_first(demo_site):
    scores = evaluate(search_pages())
    figures = summary(scores)
    worst = sorted(scores, key=lambda score: (score.ndcg, score.rr))[:5]
    detail = "; ".join(f"{s.language} {s.query!r}: {s.ndcg:.2f} {s.ranked[:3]}" for s in worst)
    floor = FLOORS[connection.vendor]
    assert figures["ndcg5"] >= floor["ndcg5"], detail
    assert figures["mrr"] >= floor["mrr"], detail
    for language in JUDGED:  # each language on its own: English is not carried by French
        own = summary([score for score in scores if score.language == language])
        assert own["ndcg5"] >= floor["ndcg5"] and own["mrr"] >= floor["mrr"], (language, own)
