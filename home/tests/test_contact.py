"""The contact form: clear French errors, a message stored and mailed to the site's contact address
through a real SMTP server, the page it was sent from attached, an acknowledgement mailed to the
sender; robots, hurried and flooding clients refused; never cached."""

import re

import pytest
from django.core import signing
from django.utils import timezone

from config.tests.test_email import body, smtp_server  # noqa: F401 (a fixture)
from core import form_guard
from guides.tests.factories import PracticeGuidePageFactory
from home import contact
from home.models import ContactMessage, SiteSettings

pytestmark = pytest.mark.django_db

SENDER = "dominique@exemple.fr"


def stored():
    """The messages these tests sent (the browser tests commit theirs, from another address)."""
    return ContactMessage.objects.filter(email=SENDER)


def stamp(seconds_ago=60):
    moment = int(timezone.now().timestamp()) - seconds_ago
    return signing.Signer(salt=form_guard.SALT).sign(str(moment))


def message(**overrides):
    data = {
        "subject": "erreur",
        "name": "Dominique Lecteur",
        "email": SENDER,
        "message": "Le lien vers la fiche de poste ne fonctionne pas.",
        "page_url": "/guides/",
        "website": "",
        "started": stamp(),
    }
    return {**data, **overrides}


@pytest.fixture
def contact_address(site_tree):
    settings = SiteSettings.for_site(site_tree["home"].get_site())
    settings.contact_email = "equipe@pair-a-pair.example"
    settings.save()
    return settings.contact_email


def test_the_form_page_is_never_cached_and_prefills_the_page_it_came_from(client, site_tree):
    response = client.get("/contact/", HTTP_REFERER="http://testserver/guides/?thematique=recrutement")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'value="/guides/?thematique=recrutement"' in html
    other = client.get("/contact/", HTTP_REFERER="https://ailleurs.example/page/").content.decode()
    assert "ailleurs.example" not in other
    assert client.get("/en/contact/").content.decode().count("Send the message") == 1


def test_a_message_is_stored_and_mailed_with_its_page(client, contact_address, smtp_server):  # noqa: F811
    response = client.post("/contact/", message())
    assert response.status_code == 302 and response["Location"] == "/contact/?envoye=1"
    [sent] = stored()
    assert (sent.subject, sent.page_url) == ("erreur", "/guides/")
    [(recipients, mail)] = [(to, mail) for to, mail in smtp_server.messages if to == [contact_address]]
    assert mail["Reply-To"] == "dominique@exemple.fr"
    assert "Une erreur sur une page" in mail["Subject"]
    assert "Page concernée : http://testserver/guides/" in body(mail)
    assert "ne fonctionne pas" in body(mail)
    assert "Merci, votre message a bien été envoyé" in client.get(response["Location"]).content.decode()


def test_the_sender_gets_an_acknowledgement_that_repeats_nothing_they_typed(
    client,
    contact_address,
    smtp_server,  # noqa: F811
):
    client.post("/contact/", message(name="Achetez http://spam.example", message="Texte à relayer ailleurs."))
    [(recipients, mail)] = [(to, mail) for to, mail in smtp_server.messages if to == [SENDER]]
    assert mail["Subject"].strip() == "Votre message à Pair à pair a bien été reçu"
    assert mail["Reply-To"] == contact_address
    text = body(mail)
    assert "Objet : Une erreur sur une page" in text and "Page concernée : http://testserver/guides/" in text
    assert "12 mois au plus" in text
    assert "spam.example" not in text and "relayer" not in text
    english = client.post("/en/contact/", message(subject="question", page_url=""))
    assert english.status_code == 302
    [(_to, reply)] = [(to, mail) for to, mail in smtp_server.messages if to == [SENDER]][1:]
    assert reply["Subject"].strip() == "Your message to Pair à pair has been received"
    assert "Subject: A question" in body(reply) and "Page concerned" not in body(reply)


def test_the_link_under_a_library_page_attaches_that_page(client, site_tree, contact_address, smtp_server):  # noqa: F811
    guide = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], title="Un guide à corriger")
    html = client.get(guide.url).content.decode()
    link = re.search(r'href="(/contact/\?[^"]+)">Écrivez-nous', html).group(1).replace("&amp;", "&")
    form = client.get(link).content.decode()
    assert f'value="{guide.url}"' in form and '<option value="erreur" selected>' in form
    client.post("/contact/", message(page_url=guide.url))
    [(_to, mail)] = [(to, mail) for to, mail in smtp_server.messages if to == [contact_address]]
    assert f"Page concernée : http://testserver{guide.url}" in body(mail)


def test_errors_are_clear_french_sentences_and_nothing_is_stored(client, site_tree):
    response = client.post("/contact/", message(email="pas-une-adresse", name="", subject="autre"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Le formulaire contient 3 erreurs" in html
    assert "Indiquez une adresse électronique valide, par exemple : nom@exemple.fr" in html
    assert "Indiquez votre nom." in html
    assert "Choisissez l&#x27;objet de votre message." in html
    assert 'aria-invalid="true"' in html
    assert not stored().exists()
    english = client.post("/en/contact/", message(name="")).content.decode()
    assert "Enter your name." in english


def test_robots_filling_the_hidden_field_are_thanked_and_ignored(client, contact_address, smtp_server):  # noqa: F811
    response = client.post("/contact/", message(website="http://spam.example"))
    assert response.status_code == 302
    assert not stored().exists() and not smtp_server.messages


@pytest.mark.parametrize(
    ("seconds_ago", "expected"),
    [(0, "envoyé trop vite"), (form_guard.MAX_AGE + 60, "a expiré"), (None, "a expiré")],
)
def test_a_hurried_forged_or_stale_form_is_refused(client, site_tree, seconds_ago, expected):
    started = stamp(seconds_ago) if seconds_ago is not None else "123:forged"
    response = client.post("/contact/", message(started=started))
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert not stored().exists()


def test_a_flood_from_one_client_is_refused(client, site_tree):
    for _ in range(contact.RATE_LIMIT):
        assert client.post("/contact/", message()).status_code == 302
    refused = client.post("/contact/", message())
    assert refused.status_code == 400
    assert "plusieurs messages en peu de temps" in refused.content.decode()
    assert stored().count() == contact.RATE_LIMIT
    other_client = client.post("/contact/", message(), REMOTE_ADDR="192.0.2.7")
    assert other_client.status_code == 302


def test_bad_input_is_never_an_error_page(client, site_tree):
    for data in ({}, {"subject": ["a", "b"], "started": ""}, message(page_url="//ailleurs.example/x")):
        assert client.post("/contact/", data).status_code in (302, 400)
    assert stored().filter(page_url__contains="ailleurs").count() == 0


def test_through_the_page_cache_the_form_is_never_served_from_it(client, site_tree, page_cache):
    first, second = client.get("/contact/"), client.get("/contact/")
    assert second.get("X-Page-Cache") != "hit"
    assert first.cookies["csrftoken"].value and 'name="csrfmiddlewaretoken"' in second.content.decode()


def test_messages_older_than_the_retention_period_are_purged(site_tree):
    from django.core.management import call_command

    old = ContactMessage.objects.create(subject="question", name="A", email=SENDER, message="Ancien message.")
    new = ContactMessage.objects.create(
        subject="question", name="B", email=SENDER, message="Nouveau message."
    )
    ContactMessage.objects.filter(pk=old.pk).update(created_at=timezone.now() - timezone.timedelta(days=400))
    call_command("purge_contact_messages", stdout=open("/dev/null", "w"))
    assert list(stored()) == [new]
