"""A testimony without a covering consent is published by no path: code, admin, bulk action,
copy, scheduled publishing."""

import datetime
from html import unescape

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import PageLogEntry

from guides.tests.factories import PracticeGuidePageFactory
from testimonies import models as testimony_models
from testimonies.consent import ConsentRequired
from testimonies.tests.factories import ConsentRecordFactory, TestimonyPageFactory, editor_form_data, quote

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(site_tree):
    return site_tree["sections"]["temoignage"]


@pytest.fixture
def draft(section):
    return TestimonyPageFactory(parent=section, consent=False, publish=False)


def is_live(page):
    return testimony_models.TestimonyPage.objects.get(pk=page.pk).live


def test_code_publication_needs_consent(draft):
    with pytest.raises(ConsentRequired) as raised:
        draft.save_revision().publish()
    assert "Aucun consentement actif" in str(raised.value)
    assert not is_live(draft)
    ConsentRecordFactory(page=draft)
    draft.save_revision().publish()
    assert is_live(draft)


def test_the_publish_action_itself_needs_consent(draft):
    """The edit view and the admin API run this action directly, without `Page.publish()`."""
    with pytest.raises(ConsentRequired):
        PublishPageRevisionAction(draft.save_revision()).execute(skip_permission_checks=True)
    assert not is_live(draft)


def test_a_testimony_cannot_be_created_live_without_consent(section):
    page = testimony_models.TestimonyPage(
        title="Créé en ligne",
        summary="Résumé.",
        publication_date=datetime.date(2025, 1, 1),
        structure_name="Une structure",
        structure_is_anonymised=True,
        peer_roles="Accueil",
        context="<p>C</p>",
        actions="<p>A</p>",
        outcomes="<p>O</p>",
    )
    with pytest.raises(ConsentRequired):
        section.add_child(instance=page)
    assert not testimony_models.TestimonyPage.objects.filter(title="Créé en ligne").exists()


def test_consent_must_cover_what_the_page_shows(section):
    page = TestimonyPageFactory(
        parent=section,
        consent=False,
        publish=False,
        structure_is_anonymised=False,
        quotes=[quote()],
    )
    ConsentRecordFactory(page=page, scope=["structure_name"])
    with pytest.raises(ConsentRequired) as raised:
        page.save_revision().publish()
    assert "citations" in str(raised.value)
    ConsentRecordFactory(page=page, scope=["quotes"], given_by="la personne citée")
    page.save_revision().publish()
    assert is_live(page)


def test_an_incomplete_consent_covers_nothing(draft):
    ConsentRecordFactory(page=draft, withdrawal_method="", anonymisation="")
    with pytest.raises(ConsentRequired) as raised:
        draft.save_revision().publish()
    assert "incomplet" in str(raised.value)


def test_a_consent_on_the_french_page_covers_its_translation(site_tree, section):
    from demo.translation import translate_page

    page = TestimonyPageFactory(parent=section)
    english = testimony_models.TestimonyPage()
    for name in (
        "title",
        "slug",
        "summary",
        "publication_date",
        "structure_name",
        "structure_is_anonymised",
        "place",
        "peer_roles",
        "context",
        "actions",
        "outcomes",
        "quotes",
    ):
        setattr(english, name, getattr(page, name))
    english.title = "A testimony"
    translated = translate_page(page, english, site_tree["loader"].user)
    assert translated.live


def test_admin_publish_button_keeps_the_draft_and_explains(client, moderator, draft):
    client.force_login(moderator)
    data = editor_form_data(draft, action="action-publish", summary="Un nouveau résumé.")
    response = client.post(f"/admin/pages/{draft.pk}/edit/", data, follow=True)
    assert response.status_code == 200
    assert "n'est pas publié" in unescape(response.content.decode())
    assert not is_live(draft)
    latest = testimony_models.TestimonyPage.objects.get(pk=draft.pk).get_latest_revision()
    assert latest.content["summary"] == "Un nouveau résumé."


def test_bulk_publish_refuses_testimonies_without_consent(admin_client, section, draft):
    covered = TestimonyPageFactory(parent=section, publish=False)
    url = (
        f"/admin/bulk/wagtailcore/page/publish/?next=/admin/pages/{section.pk}/&id={draft.pk}&id={covered.pk}"
    )
    response = admin_client.post(url, {"include_descendants": ""}, follow=True)
    assert "Rien n'a été publié" in unescape(response.content.decode())
    assert not is_live(draft) and not is_live(covered)

    url = f"/admin/bulk/wagtailcore/page/publish/?next=/admin/&id={section.pk}"
    admin_client.post(url, {"include_descendants": "on"})
    assert not is_live(draft) and not is_live(covered)

    url = f"/admin/bulk/wagtailcore/page/publish/?next=/admin/&id={covered.pk}"
    assert admin_client.post(url, {}).status_code == 302
    assert is_live(covered)


def test_scheduled_publication_is_refused_without_consent(site_tree, section, draft):
    guide = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], publish=False)
    past = timezone.now() - datetime.timedelta(minutes=5)
    for page in (draft, guide):
        revision = page.save_revision()
        revision.approved_go_live_at = past
        revision.save(update_fields=["approved_go_live_at"])
    call_command("publish_scheduled", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))
    assert not is_live(draft)
    assert not draft.revisions.filter(approved_go_live_at__isnull=False).exists()
    assert PageLogEntry.objects.filter(page=draft, action="editorial.scheduled_publication_refused").exists()
    guide.refresh_from_db()
    assert guide.live


def test_scheduling_itself_needs_consent(draft):
    draft.go_live_at = timezone.now() + datetime.timedelta(days=1)
    with pytest.raises(ConsentRequired):
        draft.save_revision().publish()
    assert not draft.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_a_live_copy_of_a_testimony_is_refused(admin_client, section):
    page = TestimonyPageFactory(parent=section)
    response = admin_client.post(
        f"/admin/pages/{page.pk}/copy/",
        {
            "new_title": "Copie",
            "new_slug": "copie",
            "new_parent_page": section.pk,
            "publish_copies": "on",
        },
        follow=True,
    )
    assert "qu'en brouillon" in unescape(response.content.decode())
    assert not testimony_models.TestimonyPage.objects.filter(slug="copie").exists()
    admin_client.post(
        f"/admin/pages/{page.pk}/copy/",
        {
            "new_title": "Copie",
            "new_slug": "copie",
            "new_parent_page": section.pk,
        },
    )
    assert not testimony_models.TestimonyPage.objects.get(slug="copie").live


def test_publishing_a_new_testimony_saves_a_draft_and_explains(client, moderator, section):
    client.force_login(moderator)
    page = testimony_models.TestimonyPage(
        title="Nouveau témoignage",
        slug="nouveau-temoignage",
        summary="Résumé.",
        publication_date=datetime.date(2025, 3, 1),
        structure_name="Un CHRS",
        structure_is_anonymised=True,
        peer_roles="Accueil",
        context="<p>C</p>",
        actions="<p>A</p>",
        outcomes="<p>O</p>",
    )
    data = editor_form_data(page, action="action-publish")
    response = client.post(f"/admin/pages/add/testimonies/testimonypage/{section.pk}/", data, follow=True)
    assert response.status_code == 200
    assert "enregistré en brouillon" in unescape(response.content.decode())
    created = testimony_models.TestimonyPage.objects.get(slug="nouveau-temoignage")
    assert not created.live and created.get_latest_revision() is not None
