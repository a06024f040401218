"""Names of people and places the consent does not cover: found (not ordinary words, job titles,
contract types, acronyms), shown to writers as a warning; publishing them needs a moderator's
confirmation (test_name_confirmation.py)."""

from html import unescape

import pytest

from testimonies.anonymisation import candidate_names, uncovered_names
from testimonies.tests.factories import ConsentRecordFactory, TestimonyPageFactory, editor_form_data, quote

pytestmark = pytest.mark.django_db


def test_people_and_places_are_found_but_not_ordinary_words():
    text = (
        "Marie Dupont a témoigné. Prévoir un accueil. Depuis Grenoble, nous avons rencontré Jean.\n"
        "Les LAM de Saint-Martin-d'Hères et le CCAS de Grenoble. Dix-huit mois plus tard, Jean reste."
    )
    names = [name for name, _words in candidate_names(text)]
    assert names == ["Marie Dupont", "Grenoble", "Jean", "Saint-Martin-d'Hères"]


def test_lists_separated_by_commas_give_one_name_each():
    names = [name for name, _ in candidate_names("Avec le Relais Ozanam, Un Toit Pour Tous et Totem.")]
    assert names == ["Relais Ozanam", "Toit Pour Tous", "Totem"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Sentences of the seed article (a CCAS employing peer workers): the people and places.
        (
            "« Il s'agit d'un hébergement long avec soins », explique Fanny Lumalé, cheffe du service.",
            ["Fanny Lumalé"],
        ),
        (
            "Fort de cette expérience, le CCAS de Grenoble emploie deux autres travailleurs pairs",
            ["Grenoble"],
        ),
        (
            "En Isère, la plateforme de promotion du travail pair [1], portée par le Relais Ozanam",
            ["Isère", "Relais Ozanam"],
        ),
        # Job titles, contract types, acronyms, months, headings: no names.
        ("Salariée en CDI depuis Mars. Contrat PEC puis CDD.", []),
        ("Travailleur·se pair·e au CHRS, au CAARUD et aux LAM. Médiateur de Santé Pair.", []),
        ("Chef de Service : Julie Roux. Cheffe de service au CCAS.", ["Julie Roux"]),
        ("POUR ALLER PLUS LOIN", []),
        ("Mariette Kammerer | A la Une santé social | Actu Emploi | Bonnes pratiques", ["Mariette Kammerer"]),
        ("Le Code de l'action sociale et l'Assistance publique – Hôpitaux de Marseille.", ["Marseille"]),
    ],
)
def test_stop_lists_leave_ordinary_words_out(text, names):
    assert [name for name, _words in candidate_names(text)] == names


def test_allowed_names_cover_their_words_whatever_the_accents_and_case():
    text = "L'équipe de la Villeneuve travaille avec Fanny Lumalé et Paul Martin à Echirolles."
    assert uncovered_names(text, ["La Villeneuve", "fanny lumale", "Échirolles"]) == ["Paul Martin"]


def test_editor_warns_about_uncovered_names_and_still_allows_submission(client, site_tree, writer):
    section = site_tree["sections"]["temoignage"]
    page = TestimonyPageFactory(
        parent=section,
        consent=False,
        publish=False,
        context="<p>Nous avons accueilli Karim Benali à Vénissieux.</p>",
        quotes=[quote("Un vrai changement.", "usager", "Sophie Laurent")],
    )
    ConsentRecordFactory(page=page, allowed_names="Vénissieux\nLyon")
    client.force_login(writer)
    html = unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert "Noms à vérifier avant de soumettre" in html
    assert "Karim Benali" in html and "Sophie Laurent" in html
    assert "<li>Vénissieux</li>" not in html
    # The writer sees the consent status, never the consent record itself.
    assert "Un consentement actif est enregistré" in html
    assert "directrice de la structure" not in html

    response = client.post(
        f"/admin/pages/{page.pk}/edit/", editor_form_data(page, action="action-submit"), follow=True
    )
    html = unescape(response.content.decode())
    assert "Noms à vérifier avant la relecture" in html and "Karim Benali" in html
    page.refresh_from_db()
    assert page.workflow_in_progress


def test_moderators_see_the_consent_details_in_the_editor(client, site_tree, moderator):
    page = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"])
    client.force_login(moderator)
    html = unescape(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert "directrice de la structure" in html
    assert "Sur simple demande à l'adresse de contact du site." in html
    assert "Un consentement actif couvre cette version" in html


def test_consent_add_form_is_prefilled_with_the_page(client, site_tree, moderator):
    page = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"], consent=False, publish=False)
    client.force_login(moderator)
    response = client.get(f"/admin/snippets/testimonies/consentrecord/add/?page={page.pk}")
    assert response.status_code == 200
    assert response.context["form"].initial.get("page") == page.pk
    assert client.get("/admin/snippets/testimonies/consentrecord/add/?page=abc").status_code == 200
