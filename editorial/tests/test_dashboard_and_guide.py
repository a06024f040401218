"""Editor comfort: the admin in French, dashboard panels, the editors' guide."""

import json
import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from editorial.panels import ReviewQueuePanel, TranslationsPanel
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.django_db


def submit_for_review(page, user):
    page.save_revision(user=user)
    page.get_workflow().start(page, user)


def test_the_admin_speaks_french_to_every_role(client, writer, moderator, administrator):
    for user in (writer, moderator, administrator):
        client.force_login(user)
        html = unescape(client.get("/admin/").content.decode())
        assert '<html lang="fr"' in html
        assert "Tableau de bord" in html
        assert "Relectures en attente" in html and "Traductions à mettre à jour" in html
        assert "Guide de rédaction" in html


def test_review_queue_shows_consent_status(client, site_tree, writer, moderator):
    section = site_tree["sections"]["temoignage"]
    without = TestimonyPageFactory(parent=section, title="Sans consentement", consent=False, publish=False)
    with_consent = TestimonyPageFactory(parent=section, title="Avec consentement", publish=False)
    for page in (without, with_consent):
        submit_for_review(page, writer)
    client.force_login(moderator)
    html = unescape(client.get("/admin/").content.decode())
    queue = html[html.index("Relectures en attente") : html.index("Traductions à mettre à jour")]
    assert "Sans consentement" in queue and "Avec consentement" in queue
    # "actif" only for the page whose consent allows publishing; the other says what blocks it.
    assert queue.count("<strong>bloqué</strong>") == 1
    assert "Aucun consentement actif n'est enregistré" in queue
    assert queue.count("couvre : citations, nom de la structure") == 1
    assert "Camille" not in queue and writer.get_username() in queue


def panel_queries(panel, request):
    request.user = type(request.user).objects.get(pk=request.user.pk)  # no permission cache
    with CaptureQueriesContext(connection) as captured:
        panel.get_context_data({"request": request})
    return len(captured)


def test_panels_run_the_same_queries_whatever_the_number_of_pages(rf, site_tree, writer, moderator):
    section = site_tree["sections"]["temoignage"]
    request = rf.get("/admin/")
    request.user = moderator
    submit_for_review(TestimonyPageFactory(parent=section, publish=False), writer)
    few = panel_queries(ReviewQueuePanel(), request), panel_queries(TranslationsPanel(), request)
    for _ in range(5):
        submit_for_review(TestimonyPageFactory(parent=section, publish=False, consent=False), writer)
    many = panel_queries(ReviewQueuePanel(), request), panel_queries(TranslationsPanel(), request)
    assert few == many


def test_editors_guide_covers_writing_consent_and_translation(client, writer, settings):
    url = reverse("editorial_guide")
    assert url == "/admin/guide-de-redaction/"
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(writer)
    settings.WITHDRAWN_TESTIMONY_RETENTION_DAYS = 45
    html = unescape(client.get(url).content.decode())
    for heading in (
        "Écrire un témoignage",
        "Les règles du consentement",
        "Anonymiser",
        "Faire relire et publier",
        "Quand une personne retire son consentement",
        "Traduire en anglais",
    ):
        assert f">{heading}</h2>" in html
    assert "Votre rôle : Rédacteur·rice." in html
    assert "pendant 45 jours" in html
    # The translation steps name the buttons as the admin labels them, in French.
    with translation.override("fr"):
        for msgid in ("Translate this page", "Locales", "Submit", "Approve", "Sync translated pages"):
            assert f"« {gettext(msgid)} »" in html, msgid
    catalog = json.loads(
        re.search(
            r"const newcatalog = (\{.*?\});", client.get("/admin/localize/jsi18n/").content.decode(), re.S
        )[1]
    )
    for msgid in ("Download PO file", "Upload PO file"):
        assert f"« {catalog[msgid]} »" in html, msgid
    assert f"« {catalog['Publish in ']}anglais »" in html
    assert "« Soumettre la traduction à la relecture »" in html


def test_the_guide_names_each_roles_buttons_as_the_admin_labels_them(client, writer):
    """What each role does, with the buttons' labels read from the catalogues the admin uses."""
    client.force_login(writer)
    html = unescape(client.get(reverse("editorial_guide")).content.decode())
    assert ">Vérifier une page</h2>" in html and 'href="#verifications"' in html
    with translation.override("fr"):
        labels = [
            gettext(msgid)
            for msgid in (
                "Save draft",
                "Delete",
                "Request changes",
                "Unpublish",
                "Lock",
                "Start Synced translation",
                "Toggle checks",
                "Checks",
                "Issues found",
                "Show issue",
            )
        ]
    for url in ("/admin/localize/jsi18n/", reverse("wagtailadmin_javascript_catalog")):
        catalog = json.loads(
            re.search(r"const newcatalog = (\{.*?\});", client.get(url).content.decode(), re.S)[1]
        )
        wanted = (
            "More actions",
            "Stop Synced translation",
            "Convert to alias page",
            "Good",
            "Fair",
            "Complex",
        )
        labels += [catalog[msgid] for msgid in wanted if msgid in catalog]
    assert len(labels) >= 10 + 6
    for label in labels:
        assert f"« {label} »" in html, label


def test_the_login_page_is_french(client):
    html = unescape(client.get("/admin/login/").content.decode())
    assert "Mot de passe" in html and ">Password<" not in html
    assert "Nom d’utilisateur" in html or "Nom d'utilisateur" in html
