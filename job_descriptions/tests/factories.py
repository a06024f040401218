import datetime

import factory

from job_descriptions.models import JobDescriptionPage
from library.tests.factories import LibraryPageFactory, publish_unless_false


def items(block_type, kind, text):
    """A one-block StreamField value of missions, skills or support: `{"kind": …, "text": …}`."""
    return [{"type": block_type, "value": {"kind": kind, "text": text}}]


class JobDescriptionPageFactory(LibraryPageFactory):
    class Meta:
        model = JobDescriptionPage

    title = factory.Sequence(lambda n: f"Fiche de poste {n}")
    summary = "Un modèle de fiche de poste."
    publication_date = datetime.date(2024, 2, 1)
    job_title = "Travailleur pair"
    setting = "Une équipe pluridisciplinaire."
    purpose = "Créer du lien avec les personnes accueillies."
    lived_experience = "Une expérience de la rue, proche du public et consolidée."
    missions = factory.LazyFunction(lambda: items("mission", "relational", "Aller vers les personnes"))
    skills = factory.LazyFunction(lambda: items("skill", "experience", "Savoir expérientiel"))
    working_time = "Temps plein"
    contract = "CDI"
    reporting_line = "Chef de service"
    support = factory.LazyFunction(lambda: items("support", "supervision", "Mensuelle"))
    publish = factory.PostGeneration(publish_unless_false)
