"""The open API's test data: a small library (a database layer, built once for the tests that ask
for `api_library`), and the lockdown scene of the testimonies' tests (a withdrawn testimony, its
consent, its private proof, its draft translation)."""

import datetime

import pytest
from wagtail.models import Locale

from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory
from testimonies.tests.conftest import lockdown_scene, scene  # noqa: F401
from testimonies.tests.factories import TestimonyPageFactory
from testing.database import LAYERS, site_tree


def build_api_library():
    """Four live pages in two languages and a draft; their primary keys by name."""
    sections = site_tree()["sections"]
    english_guides = sections["guide"].get_translation(Locale.objects.get(language_code="en"))
    pages = {
        "guide": PracticeGuidePageFactory(
            parent=sections["guide"],
            title="Guide recrutement",
            themes=["recrutement"],
            regions=["national"],
            publication_date=datetime.date(2024, 3, 1),
        ),
        "draft": PracticeGuidePageFactory(parent=sections["guide"], title="Guide brouillon", publish=False),
        "testimony": TestimonyPageFactory(
            parent=sections["temoignage"],
            title="Témoignage CHRS",
            structure_types=["chrs"],
            publication_date=datetime.date(2025, 5, 1),
        ),
        "job": JobDescriptionPageFactory(
            parent=sections["fiche-de-poste"],
            title="Fiche LAM",
            structure_types=["lam"],
            themes=["recrutement"],
        ),
        "english": PracticeGuidePageFactory(
            parent=english_guides,
            title="Recruitment guide",
            themes=["recrutement"],
            publication_date=datetime.date(2024, 4, 1),
        ),
    }
    return {name: page.pk for name, page in pages.items()}


LAYERS.register("api_library", build_api_library)


@pytest.fixture
def api_library(site_tree):
    return LAYERS.data("api_library")
