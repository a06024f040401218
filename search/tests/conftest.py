"""A small library with known words and taxonomy, to check what the search finds and counts."""

import datetime
import random

import pytest

from guides.models import PracticeGuidePage
from job_descriptions.models import JobDescriptionPage
from library.tests.factories import with_taxonomy

THEMES = ["recrutement", "management", "formation"]
AUDIENCES = ["precarite", "sante-mentale"]
STRUCTURES = ["chrs", "lam", "csapa"]
POSTS = ["travailleur-pair", "mediateur-sante-pair"]
REGIONS = ["bretagne", "occitanie"]
WORDS = ["zephyr", "quartz", "lagune"]


def add_library_page(
    section,
    title,
    summary="Un contenu de la bibliothèque.",
    body="Du texte.",
    date=None,
    kind="guide",
    **taxonomy,
):
    common = dict(title=title, summary=summary, publication_date=date or datetime.date(2024, 1, 15))
    if kind == "guide":
        page = PracticeGuidePage(
            **common,
            for_whom="Les équipes.",
            body=[{"type": "paragraph", "value": f"<p>{body}</p>"}],
        )
    else:
        page = JobDescriptionPage(
            **common,
            job_title="Travailleur pair",
            setting=body,
            purpose="Créer du lien.",
            lived_experience="Une expérience de vie.",
            missions=[{"type": "mission", "value": {"kind": "relational", "text": "Aller vers"}}],
            skills=[{"type": "skill", "value": {"kind": "experience", "text": "Savoir expérientiel"}}],
            working_time="Temps plein",
            contract="CDI",
            reporting_line="Chef de service",
            support=[{"type": "support", "value": {"kind": "supervision", "text": "Mensuelle"}}],
        )
    with_taxonomy(page, section.locale, **taxonomy)
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


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


@pytest.fixture
def facet_library(site_tree):
    sections = site_tree["sections"]
    specs = random_specs()
    for spec in specs:
        section = sections["guide" if spec["kind"] == "guide" else "fiche-de-poste"]
        taxonomy = {
            key: spec[key] for key in ("themes", "audiences", "structure_types", "post_types", "regions")
        }
        add_library_page(section, spec["title"], date=spec["date"], kind=spec["kind"], **taxonomy)
    return {"specs": specs, "search": sections[""], **site_tree}
