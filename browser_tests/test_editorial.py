"""Editorial workflow in Chromium: a Rédacteur submits a testimony, a Modérateur approves it; the
editors' guide is accessible."""

import datetime
import re

import pytest

from browser_tests.conftest import assert_no_axe_violations

SUMMARY = "Résumé revu par la rédaction, prêt pour la relecture."


@pytest.fixture(scope="module")
def draft_testimony(django_db_setup, django_db_blocker):
    """A draft testimony with its consent, committed for the server thread, removed afterwards."""
    from search.models import LibraryIndexPage
    from testimonies.models import ConsentRecord, TestimonyPage

    with django_db_blocker.unblock():
        section = LibraryIndexPage.objects.get(scope="temoignage", locale__language_code="fr")
        page = TestimonyPage(
            title="Un accueil de jour : un pair dans l'équipe",
            slug="test-navigateur-accueil-de-jour",
            summary="Une équipe d'accueil de jour accueille un travailleur pair.",
            publication_date=datetime.date(2026, 11, 20),
            structure_name="Un accueil de jour",
            structure_is_anonymised=True,
            peer_roles="Accueil et orientation.",
            context="<p>Le contexte.</p>",
            actions="<p>Les actions.</p>",
            outcomes="<p>Les effets.</p>",
            live=False,
        )
        section.add_child(instance=page)
        page.save_revision()
        ConsentRecord.objects.create(
            page=page,
            given_by="direction de l'accueil de jour",
            given_on=datetime.date(2026, 11, 18),
            scope=["structure_name"],
            anonymisation="Le pair est désigné par sa fonction.",
            withdrawal_method="Sur simple demande à l'adresse de contact.",
        )
    yield page
    with django_db_blocker.unblock():
        TestimonyPage.objects.filter(pk=page.pk).delete()


def log_in(page, live_site, username, password):
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.get_by_role("button", name="S'identifier").click()
    assert page.url == live_site + "/admin/"


def test_writer_submits_and_moderator_approves(browser, live_site, draft_testimony, django_db_blocker):
    from testimonies.models import TestimonyPage

    edit_url = f"{live_site}/admin/pages/{draft_testimony.pk}/edit/"

    writer = browser.new_context(locale="fr-FR").new_page()
    log_in(writer, live_site, "redaction", "pairapair-redaction")
    writer.goto(edit_url)
    assert writer.get_by_text("Un consentement actif couvre cette version").first.is_visible()
    writer.fill("#id_summary", SUMMARY)
    writer.get_by_role("button", name=re.compile("Plus d.actions|More actions")).click()
    assert writer.get_by_role("button", name=re.compile("^Publier")).count() == 0
    with writer.expect_navigation():
        writer.get_by_role("button", name="Soumettre à Témoignages : relecture et consentement").click()
    with django_db_blocker.unblock():
        submitted = TestimonyPage.objects.get(pk=draft_testimony.pk)
        assert submitted.workflow_in_progress and not submitted.live
    writer.context.close()

    moderator = browser.new_context(locale="fr-FR").new_page()
    log_in(moderator, live_site, "moderation", "pairapair-moderation")
    queue = moderator.locator("#editorial-review-queue-content, [id^=editorial-review-queue]").first
    assert "Un accueil de jour" in queue.inner_text()
    moderator.goto(edit_url)
    moderator.get_by_role("button", name=re.compile("Plus d.actions|More actions")).click()
    with moderator.expect_navigation():
        moderator.get_by_role("button", name="Approuver et Publier", exact=True).click()
    with django_db_blocker.unblock():
        approved = TestimonyPage.objects.get(pk=draft_testimony.pk)
        assert approved.live and approved.summary == SUMMARY and not approved.workflow_in_progress
        url = approved.get_url()
    moderator.goto(live_site + url)
    assert moderator.get_by_text(SUMMARY).first.is_visible()
    moderator.context.close()


def test_editors_guide_is_accessible(page, live_site):
    log_in(page, live_site, "redaction", "pairapair-redaction")
    page.get_by_role("link", name="Guide de rédaction").first.click()
    page.wait_for_url(live_site + "/admin/guide-de-redaction/")
    assert page.get_by_role("heading", name="Les règles du consentement").is_visible()
    assert_no_axe_violations(page, "guide de rédaction")
