"""Small builders for library pages, valid with the fewest fields."""

import datetime
import itertools

from guides.models import PracticeGuidePage
from job_descriptions.models import JobDescriptionPage
from taxonomy.models import TAXONOMY_FIELDS

_counter = itertools.count(1)


def with_taxonomy(page, locale, **slugs):
    for field_name, model in TAXONOMY_FIELDS.items():
        if field_name in slugs:
            setattr(page, field_name, list(model.objects.filter(locale=locale, slug__in=slugs[field_name])))
    return page


def make_guide(parent, title=None, publish=True, date=None, **taxonomy):
    number = next(_counter)
    page = PracticeGuidePage(
        title=title or f"Guide numéro {number}",
        summary="Un guide pour préparer l'arrivée d'un travailleur pair.",
        publication_date=date or datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
        for_whom="Les directions et les équipes.",
        body=[{"type": "paragraph", "value": "<p>Préparer l'équipe avant de recruter.</p>"}],
    )
    with_taxonomy(page, parent.locale, **taxonomy)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def make_job_description(parent, title=None, **taxonomy):
    number = next(_counter)
    page = JobDescriptionPage(
        title=title or f"Fiche de poste {number}",
        summary="Un modèle de fiche de poste.",
        publication_date=datetime.date(2024, 2, 1),
        job_title="Travailleur pair",
        setting="Une équipe pluridisciplinaire.",
        purpose="Créer du lien avec les personnes accueillies.",
        lived_experience="Une expérience de la rue, proche du public et consolidée.",
        missions=[{"type": "mission", "value": {"kind": "relational", "text": "Aller vers les personnes"}}],
        skills=[{"type": "skill", "value": {"kind": "experience", "text": "Savoir expérientiel"}}],
        working_time="Temps plein",
        contract="CDI",
        reporting_line="Chef de service",
        support=[{"type": "support", "value": {"kind": "supervision", "text": "Mensuelle"}}],
    )
    with_taxonomy(page, parent.locale, **taxonomy)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
