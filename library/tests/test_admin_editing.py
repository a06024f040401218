"""Editors create each library page type through the Wagtail admin."""

import pytest
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from guides.models import PracticeGuidePage
from job_descriptions.models import JobDescriptionPage
from taxonomy.models import Theme
from testimonies import models as testimony_models
from testimonies.tests.factories import ConsentRecordFactory

pytestmark = pytest.mark.django_db

COMMON = {
    "summary": "Un résumé de deux phrases pour les listes.",
    "publication_date": "2025-03-01",
    "related_links": inline_formset([]),
}


def create(client, parent, model, data, needs_consent=False):
    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    assert client.get(url).status_code == 200
    theme = Theme.objects.get(slug="recrutement", locale=parent.locale)
    form_data = nested_form_data({**COMMON, **data, "action-publish": "publish"})
    form_data["themes"] = [str(theme.pk)]
    response = client.post(url, form_data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = model.objects.get(slug=data["slug"])
    if needs_consent:
        # A testimony is saved as a draft until a consent record covers it.
        assert not page.live
        ConsentRecordFactory(page=page, scope=["structure_name"])
        page.get_latest_revision().publish()
        page = model.objects.get(pk=page.pk)
    assert page.live and page.locale_id == parent.locale_id
    assert [t.slug for t in page.themes.all()] == ["recrutement"]
    assert page.resource_type == parent.specific.scope
    assert client.get(page.url).status_code == 200
    return page


def test_create_a_practice_guide(admin_client, site_tree):
    create(
        admin_client,
        site_tree["sections"]["guide"],
        PracticeGuidePage,
        {
            "title": "Préparer l'équipe",
            "slug": "preparer-lequipe",
            "for_whom": "Les directions.",
            "key_points": streamfield([("point", "Associer l'équipe dès le début")]),
            "body": streamfield(
                [
                    ("heading", {"text": "Pourquoi", "level": "h2"}),
                    ("paragraph", rich_text("<p>Parce que l'équipe accueille le pair.</p>")),
                    (
                        "callout",
                        {"title": "Point de vigilance", "text": rich_text("<p>Ne pas isoler le pair.</p>")},
                    ),
                ]
            ),
            "attachments": inline_formset([]),
        },
    )


def test_create_a_testimony(admin_client, site_tree):
    page = create(
        admin_client,
        site_tree["sections"]["temoignage"],
        testimony_models.TestimonyPage,
        {
            "title": "Un CHRS de la région lyonnaise",
            "slug": "un-chrs-lyonnais",
            "structure_name": "Un CHRS de la région lyonnaise",
            "structure_is_anonymised": "on",
            "place": "Rhône",
            "period": "2023-2025",
            "peer_roles": "Accueil et accompagnement",
            "peer_status": "Salariés en CDI",
            "context": rich_text("<p>Le contexte.</p>"),
            "actions": rich_text("<p>Les actions.</p>"),
            "outcomes": rich_text("<p>Les effets.</p>"),
            "key_figures": streamfield([("figure", {"value": "2", "label": "travailleurs pairs"})]),
            "quotes": streamfield([]),
            "lessons": streamfield([("lesson", "Préparer l'équipe")]),
            "sources": streamfield([]),
        },
        needs_consent=True,
    )
    assert page.structure_is_anonymised


NO_DEPENDENTS = {"activities": streamfield([]), "skills": streamfield([])}  # empty list blocks


def test_create_a_job_description(admin_client, site_tree):
    page = create(
        admin_client,
        site_tree["sections"]["fiche-de-poste"],
        JobDescriptionPage,
        {
            "title": "Fiche de poste : pair-aidant en GEM",
            "slug": "pair-aidant-gem",
            "job_title": "Pair-aidant",
            "setting": "Un GEM de 30 adhérents.",
            "purpose": "Animer.",
            "lived_experience": "Une expérience des troubles psychiques, consolidée.",
            "missions": streamfield(
                [
                    ("mission", {"kind": "relational", "text": "Accueillir les adhérents", **NO_DEPENDENTS}),
                    ("mission", {"kind": "technical", "text": "Tenir la caisse", **NO_DEPENDENTS}),
                ]
            ),
            "activities": streamfield([("item", "Permanences")]),
            "skills": streamfield([("skill", {"kind": "experience", "text": "Savoir expérientiel"})]),
            "working_time": "Mi-temps",
            "contract": "CDI",
            "pay": "",
            "reporting_line": "Coordinatrice",
            "support": streamfield(
                [("support", {"kind": "supervision", "text": "Mensuelle", "activities": streamfield([])})]
            ),
            "vigilance": streamfield([]),
        },
    )
    assert [kind for kind, _label, _items in page.missions_by_kind()] == ["relational", "technical"]


def test_english_editor_gets_english_terms(admin_client, site_tree):
    english = Locale.objects.get(language_code="en")
    section = site_tree["sections"]["guide"].get_translation(english)
    html = admin_client.get(f"/admin/pages/add/guides/practiceguidepage/{section.pk}/").content.decode()
    assert "Recruitment" in html and "Recrutement" not in html
