import datetime

import factory

from guides.models import PracticeGuidePage
from library.tests.factories import LibraryPageFactory, paragraphs, publish_unless_false


class PracticeGuidePageFactory(LibraryPageFactory):
    """A practice guide; `text` is its body's one paragraph."""

    class Meta:
        model = PracticeGuidePage

    class Params:
        text = "Préparer l'équipe avant de recruter."

    title = factory.Sequence(lambda n: f"Guide numéro {n}")
    summary = "Un guide pour préparer l'arrivée d'un travailleur pair."
    publication_date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    for_whom = "Les directions et les équipes."
    body = factory.LazyAttribute(lambda page: paragraphs(page.text))
    publish = factory.PostGeneration(publish_unless_false)
