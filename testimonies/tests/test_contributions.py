"""« Proposer un témoignage »: a draft in the moderation workflow with a pending consent record,
nothing public, the contact kept off the page, an acknowledgement mailed; floods refused."""

import pytest
from django.core import signing
from django.utils import timezone

from config.tests.test_email import body, smtp_server  # noqa: F401 (a fixture)
from core import form_guard
from testimonies import contributions
from testimonies import models as testimony_models
from testimonies.models import ConsentRecord, Contribution

pytestmark = pytest.mark.django_db

STRUCTURE = "Un CHRS de Zorglubie"


def proposal(**overrides):
    moment = int(timezone.now().timestamp()) - 60
    data = {
        "structure_name": STRUCTURE,
        "place": "Grenoble (Isère)",
        "peer_roles": "Deux travailleuses pairs à mi-temps.",
        "context": "Un centre d'hébergement de 80 places.\n\nUne équipe prête à changer.",
        "actions": "Recrutement sur l'expérience vécue, binômes, analyse de pratiques.",
        "outcomes": "Des personnes qui reviennent vers l'accompagnement <b>enfin</b>.",
        "consent_given_by": "la directrice et les deux pairs",
        "consent_confirmed": "on",
        "contact_name": "Claude Directrice",
        "contact_email": "claude@exemple.fr",
        "website": "",
        "started": signing.Signer(salt=form_guard.SALT).sign(str(moment)),
    }
    return {**data, **overrides}


def proposed():
    return testimony_models.TestimonyPage.objects.filter(structure_name=STRUCTURE)


def test_a_proposal_becomes_a_draft_in_moderation_with_a_pending_consent(client, site_tree, smtp_server):  # noqa: F811
    section = site_tree["sections"]["temoignage"]
    url = section.url + "proposer/"
    assert 'name="csrfmiddlewaretoken"' in client.get(url).content.decode()
    response = client.post(url, proposal())
    assert response.status_code == 302 and response["Location"] == url + "?envoye=1"
    [page] = proposed()
    assert not page.live and page.get_parent().pk == section.pk
    assert "<b>" not in page.outcomes and "&lt;b&gt;enfin&lt;/b&gt;" in page.outcomes
    assert page.workflow_in_progress, "the draft waits in the moderation queue"
    [record] = ConsentRecord.objects.filter(page=page)
    assert record.missing_parts() and record.document is None
    assert page.consent_problems(), "nothing can be published before a moderator completes the consent"
    contribution = Contribution.objects.get(page=page)
    assert contribution.contact_email == "claude@exemple.fr"
    assert STRUCTURE not in client.get(section.url).content.decode()
    assert STRUCTURE not in client.get("/flux/").content.decode()
    assert client.get(page.url or "/temoignages/x/").status_code == 404
    acknowledgements = [m for recipients, m in smtp_server.messages if recipients == ["claude@exemple.fr"]]
    assert acknowledgements, "the contributor is acknowledged"
    text = body(acknowledgements[0])
    assert "proposition de témoignage" in text and f"{contributions.RETENTION_MONTHS} mois" in text
    typed = proposal()
    for field in ("contact_name", "structure_name", "context", "outcomes", "consent_given_by"):
        assert typed[field] not in text, f"the acknowledgement repeats {field}: a stranger could be mailed it"


def test_the_english_form_works_too(client, site_tree, smtp_server):  # noqa: F811
    from search.models import LibraryIndexPage

    section = LibraryIndexPage.objects.get(locale__language_code="en", scope="temoignage")
    assert "Propose a testimony" in client.get(section.url).content.decode()
    response = client.post(section.url + "propose/", proposal(contact_name=""))
    assert response.status_code == 400 and "This field is required." in response.content.decode()
    assert client.post(section.url + "propose/", proposal()).status_code == 302
    assert proposed().get().locale.language_code == "en"
    [message] = [m for recipients, m in smtp_server.messages if recipients == ["claude@exemple.fr"]]
    assert "We have received the testimony you proposed on" in body(message)


def test_errors_are_clear_and_nothing_is_created(client, site_tree):
    url = site_tree["sections"]["temoignage"].url + "proposer/"
    response = client.post(url, proposal(consent_confirmed="", contact_email="non", outcomes="x" * 5000))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Le formulaire contient 3 erreurs" in html
    assert "qu&#x27;avec l&#x27;accord des personnes" in html
    assert not proposed().exists()


def test_floods_and_robots_are_refused(client, site_tree):
    url = site_tree["sections"]["temoignage"].url + "proposer/"
    assert client.post(url, proposal(website="http://spam.example")).status_code == 302
    assert not proposed().exists()
    for _ in range(contributions.RATE_LIMIT):
        assert client.post(url, proposal()).status_code == 302
    assert client.post(url, proposal()).status_code == 400
    assert proposed().count() == contributions.RATE_LIMIT


def test_only_the_testimonies_section_takes_proposals(client, site_tree):
    assert client.get(site_tree["sections"]["guide"].url + "proposer/").status_code == 404


def test_moderators_read_the_proposals_contacts_and_writers_do_not(client, site_tree, moderator, writer):
    url = site_tree["sections"]["temoignage"].url + "proposer/"
    client.post(url, proposal())
    contribution = Contribution.objects.get(page__in=proposed())
    index = "/admin/snippets/testimonies/contribution/"
    client.force_login(moderator)
    assert "claude@exemple.fr" in client.get(index).content.decode()
    assert client.get("/admin/snippets/choose/testimonies/contribution/").status_code == 200
    client.force_login(writer)
    assert client.get(index).status_code in (302, 403)
    assert client.get(f"{index}inspect/{contribution.pk}/").status_code in (302, 403)
    for chooser in ("", "results/", f"chosen/{contribution.pk}/"):
        url = f"/admin/snippets/choose/testimonies/contribution/{chooser}"
        assert client.get(url).status_code in (302, 403), url


def test_contacts_older_than_the_retention_period_are_purged_the_draft_stays(client, site_tree):
    from django.core.management import call_command

    client.post(site_tree["sections"]["temoignage"].url + "proposer/", proposal())
    Contribution.objects.update(created_at=timezone.now() - timezone.timedelta(days=400))
    call_command("purge_contributions", stdout=open("/dev/null", "w"))
    assert not Contribution.objects.filter(contact_email="claude@exemple.fr").exists()
    assert proposed().exists()
