"""Library pages for the search tests: their only words are the ones a test gives (title, `text`),
so that what a query finds is known."""

import datetime

import factory

from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory, items


class SearchGuideFactory(PracticeGuidePageFactory):
    class Params:
        text = "Du texte."

    summary = "Un contenu de la bibliothèque."
    publication_date = datetime.date(2024, 1, 15)
    for_whom = "Les équipes."


class SearchJobDescriptionFactory(JobDescriptionPageFactory):
    class Params:
        text = "Du texte."

    summary = "Un contenu de la bibliothèque."
    publication_date = datetime.date(2024, 1, 15)
    setting = factory.SelfAttribute("text")
    purpose = "Créer du lien."
    lived_experience = "Une expérience de vie."
    missions = factory.LazyFunction(lambda: items("mission", "relational", "Aller vers"))
