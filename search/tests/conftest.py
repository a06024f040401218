"""A small library with known words and taxonomy, to check what the search finds and counts."""

import copy
import datetime
import random

import pytest

from search.tests.factories import SearchGuideFactory, SearchJobDescriptionFactory
from testing.database import LAYERS, site_tree

THEMES = ["recrutement", "management", "formation"]
AUDIENCES = ["precarite", "sante-mentale"]
STRUCTURES = ["chrs", "lam", "csapa"]
POSTS = ["travailleur-pair", "mediateur-sante-pair"]
REGIONS = ["bretagne", "occitanie"]
WORDS = ["zephyr", "quartz", "lagune"]
TAXONOMY = ("themes", "audiences", "structure_types", "post_types", "regions")


def random_specs(count=24, seed=4):
    """Pages with random taxonomy, dates and words; the truth the counts are checked against."""
    rng = random.Random(seed)
    specs = []
    for number in range(count):
        specs.append(
            {
                "kind": rng.choice(["guide", "fiche-de-poste"]),
                "title": f"Page {number} " + " ".join(rng.sample(WORDS, rng.randint(0, 2))),
                "date": datetime.date(rng.choice([2022, 2023, 2024]), rng.randint(1, 12), 1),
                "themes": rng.sample(THEMES, rng.randint(0, 2)),
                "audiences": rng.sample(AUDIENCES, rng.randint(0, 2)),
                "structure_types": rng.sample(STRUCTURES, rng.randint(0, 2)),
                "post_types": rng.sample(POSTS, rng.randint(0, 1)),
                "regions": rng.sample(REGIONS, rng.randint(0, 1)),
            }
        )
    return specs


def build_facet_library():
    """The pages of `random_specs`, published in their sections: a database layer, built once
    for all the tests (and all the hypothesis examples) that use `facet_library`."""
    sections = site_tree()["sections"]
    specs = random_specs()
    for spec in specs:
        guide = spec["kind"] == "guide"
        factory = SearchGuideFactory if guide else SearchJobDescriptionFactory
        factory(
            parent=sections["guide" if guide else "fiche-de-poste"],
            title=spec["title"],
            publication_date=spec["date"],
            **{key: spec[key] for key in TAXONOMY},
        )
    return specs


LAYERS.register("facet_library", build_facet_library)


@pytest.fixture
def facet_library(site_tree):
    specs = copy.deepcopy(LAYERS.data("facet_library"))
    return {"specs": specs, "search": site_tree["sections"][""], **site_tree}
