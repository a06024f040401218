"""The guidance covers the HR fields: who manages the post, the working time, the status and what
goes with it (grade or classification, pay, volunteering), how to apply and the equal-opportunity
statement; in the form, next to a link to the field, and in the employer's notes."""

import re

import pytest
from django.utils import translation

from job_descriptions.downloads.guidance import hr_advice
from job_descriptions.downloads.personalised import equal_opportunity_sentence
from job_descriptions.tests.downloads_support import READERS, job_pages_fixture  # noqa: F401
from job_descriptions.tests.test_downloads_personalise import LAM, form_data, url

COMPLETE = {
    "reporting_line": "Cheffe de service",
    "working_time": "80 %",
    "status": "association",
    "contract": "CDI",
    "classification": "Coefficient 350",
    "pay": "Grille de la convention",
    "apply_contact": "rh@example.org",
    "equal_opportunity": True,
}


def codes(**changes):
    return [item.code for item in hr_advice({**COMPLETE, **changes})]


def test_complete_hr_details_raise_nothing():
    assert codes() == []
    assert hr_advice({}) == []  # nothing sent, nothing advised on (the form on arrival)


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"reporting_line": " "}, ["no-reporting-line"]),
        ({"working_time": ""}, ["no-working-time"]),
        ({"pay": ""}, ["no-pay"]),
        ({"apply_contact": ""}, ["no-contact"]),
        ({"equal_opportunity": False}, ["no-equal-opportunity"]),
        ({"classification": ""}, ["no-classification"]),
        ({"status": "fpt-titulaire", "classification": ""}, ["no-classification"]),
        ({"status": "", "classification": ""}, []),
        ({"status": "benevole"}, ["volunteer-paid"]),
        ({"status": "benevole", "pay": "", "contract": ""}, ["volunteer"]),  # no "no-pay" for a volunteer
        ({"status": "insertion"}, ["insertion"]),
        ({"status": "independant"}, ["independent"]),
    ],
)
def test_each_hr_detail_has_its_advice(changes, expected):
    assert codes(**changes) == expected


@pytest.mark.django_db
def test_the_form_advises_on_the_hr_fields_with_links_to_them(client, job_pages):
    page = job_pages[LAM]
    data = form_data(page, action="check", reporting_line="", working_time="", status="benevole")
    data.pop("equal_opportunity")
    html = client.post(url(page), data).content.decode().replace("&#x27;", "'")
    guidance = html[html.index('id="guidance"') :]
    for text, field in [
        ("Le rattachement hiérarchique n'est pas indiqué", "id_reporting_line"),
        ("Le temps de travail n'est pas indiqué", "id_working_time"),
        ("un ou une bénévole n'est pas rémunéré·e", "id_status"),
        ("La mention d'égalité des chances n'est pas ajoutée", "id_equal_opportunity"),
    ]:
        assert re.search(re.escape(text) + r'[^<]*<a href="#' + field + '"', guidance), text
    assert f'id="{field}"' in html


@pytest.mark.django_db
def test_the_equal_opportunity_sentence_is_shown_with_its_box_and_names_no_life_history(client, job_pages):
    page = job_pages[LAM]
    html = client.get(url(page)).content.decode().replace("&#x27;", "'")
    help_text = re.search(r'id="id_equal_opportunity_helptext">([^<]*)<', html).group(1)
    assert help_text == f"La phrase ajoutée à la fiche : « {equal_opportunity_sentence()} »"
    assert 'aria-describedby="id_equal_opportunity_helptext"' in html
    # The post asks for a lived experience: the sentence never says the life history does not count.
    for language in ("fr", "en"):
        with translation.override(language):
            sentence = equal_opportunity_sentence()
        assert "parcours" not in sentence and "life history" not in sentence
        assert ("discrimination" in sentence) and ("handicap" in sentence or "disability" in sentence)


@pytest.mark.django_db
def test_the_notes_carry_the_hr_advice(client, job_pages):
    page = job_pages[LAM]
    data = form_data(page, document="notes", format="odt", status="insertion", working_time="")
    text = READERS["odt"](client.post(url(page), data).content)
    assert "Un contrat d'insertion est à durée limitée" in text
    assert "Le temps de travail n'est pas indiqué" in text
    assert "Le rattachement hiérarchique" not in text  # filled in form_data
