"""Names the consent does not cover go live only once a moderator confirmed them, on every path;
the confirmation is in the page history (who, when, which names)."""

import datetime
from html import unescape

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import rich_text

from testimonies import models as testimony_models
from testimonies.name_review import NAMES_CONFIRMED_LOG_ACTION, NamesNotConfirmed
from testimonies.tests.factories import ConsentRecordFactory, TestimonyPageFactory, editor_form_data

pytestmark = pytest.mark.django_db

NAMED = "<p>Nous avons accueilli Karim Benali à Vénissieux.</p>"
# The editor's box ticked under the names it showed.
SEEN = {"confirm_uncovered_names": "1", "uncovered_names_seen": ["Karim Benali", "Vénissieux"]}


@pytest.fixture
def section(site_tree):
    return site_tree["sections"]["temoignage"]


@pytest.fixture
def named(section):
    """A draft whose consent covers everything but two names of its text."""
    page = TestimonyPageFactory(parent=section, consent=False, publish=False, context=NAMED)
    ConsentRecordFactory(page=page, allowed_names="Lyon")
    return page


def is_live(page):
    return testimony_models.TestimonyPage.objects.get(pk=page.pk).live


def confirmations(page):
    return PageLogEntry.objects.filter(page=page, action=NAMES_CONFIRMED_LOG_ACTION)


def test_code_publication_of_uncovered_names_is_refused(named):
    with pytest.raises(NamesNotConfirmed) as raised:
        named.save_revision().publish()
    assert "Karim Benali" in str(raised.value) and "Vénissieux" in str(raised.value)
    assert not is_live(named)


def test_scheduling_uncovered_names_is_refused(named):
    named.go_live_at = timezone.now() + datetime.timedelta(days=1)
    with pytest.raises(NamesNotConfirmed):
        named.save_revision().publish()
    assert not named.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_the_publish_button_needs_the_confirmation_box(client, moderator, named):
    client.force_login(moderator)
    edit_url = f"/admin/pages/{named.pk}/edit/"
    html = unescape(client.get(edit_url).content.decode())
    assert "Je confirme avoir vérifié ces noms" in html and "Consentement : noms à confirmer" in html

    response = client.post(edit_url, editor_form_data(named, action="action-publish"), follow=True)
    html = unescape(response.content.decode())
    assert "n'est pas publié" in html and "Karim Benali, Vénissieux" in html
    assert not is_live(named) and not confirmations(named).exists()

    # Ticking the box covers the names shown, not a name typed in since.
    data = (
        editor_form_data(
            named,
            action="action-publish",
            context=rich_text("<p>Nous avons accueilli Karim Benali et Julie Roux à Vénissieux.</p>"),
        )
        | SEEN
    )
    html = unescape(client.post(edit_url, data, follow=True).content.decode())
    assert "Julie Roux" in html and not is_live(named)

    data = (
        editor_form_data(
            named,
            action="action-publish",
        )
        | SEEN
    )
    client.post(edit_url, data)
    assert is_live(named)
    entry = confirmations(named).get()
    assert entry.user == moderator and entry.data["names"] == ["Karim Benali", "Vénissieux"]
    assert entry.revision_id == testimony_models.TestimonyPage.objects.get(pk=named.pk).live_revision_id
    history = unescape(client.get(f"/admin/pages/{named.pk}/history/").content.decode())
    assert "Publication confirmée de noms non couverts par le consentement : " in history
    assert "Karim Benali, Vénissieux" in history


def test_approval_lists_the_names_and_needs_the_confirmation(client, writer, moderator, named):
    named.save_revision(user=writer)
    named.get_workflow().start(named, writer)
    task_state = testimony_models.TestimonyPage.objects.get(pk=named.pk).current_workflow_task_state
    task = task_state.task.specific
    assert [(name, modal) for name, _label, modal in task.get_actions(named, moderator)] == [
        ("reject", True),
        ("approve", True),
    ]
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[named.pk, "approve", task_state.pk])
    modal = unescape(client.get(url).json()["html"])
    assert "<li>Karim Benali</li>" in modal and "Je confirme avoir vérifié ces noms" in modal

    xhr = {"headers": {"x-requested-with": "XMLHttpRequest"}}
    answer = client.post(url, {"review_task_state": task_state.pk, "comment": ""}, **xhr).json()
    assert answer["step"] == "action" and "Karim Benali" in unescape(answer["html"])
    with pytest.raises(NamesNotConfirmed):
        task.on_action(task_state, moderator, "approve")
    assert not is_live(named) and not confirmations(named).exists()

    client.post(
        url,
        {
            "review_task_state": task_state.pk,
            "comment": "",
            "confirm_uncovered_names": "on",
            "uncovered_names_seen": "Karim Benali|Vénissieux",
        },
        **xhr,
    )
    assert is_live(named)
    assert confirmations(named).get().user == moderator


def test_bulk_publish_refuses_unconfirmed_names(admin_client, section, named):
    url = f"/admin/bulk/wagtailcore/page/publish/?next=/admin/pages/{section.pk}/&id={named.pk}"
    html = unescape(admin_client.post(url, {}, follow=True).content.decode())
    assert "citent des noms non couverts" in html and "Karim Benali, Vénissieux" in html
    assert not is_live(named)


def schedule(page):
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=5)
    revision.save(update_fields=["approved_go_live_at"])
    return revision


def test_scheduled_publication_waits_for_a_confirmation_of_that_revision(section, named, moderator):
    schedule(named)
    call_command("publish_scheduled", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))
    assert not is_live(named)
    refusal = PageLogEntry.objects.get(page=named, action="editorial.scheduled_publication_refused")
    assert refusal.data["names"] == ["Karim Benali", "Vénissieux"]

    from testimonies.name_review import confirm_names

    revision = schedule(named)
    confirm_names(named, revision, moderator, ["Karim Benali", "Vénissieux"])
    call_command("publish_scheduled", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))
    assert is_live(named)


def test_the_status_says_actif_only_when_publication_is_allowed(client, moderator, writer, section, named):
    """A consent that does not allow naming the structure is not "actif" for a named structure."""
    structure = TestimonyPageFactory(
        parent=section, consent=False, publish=False, structure_is_anonymised=False, title="Structure nommée"
    )
    ConsentRecordFactory(page=structure, scope=["quotes"])
    for page in (structure, named):
        page.save_revision(user=writer)
        page.get_workflow().start(page, writer)
    client.force_login(moderator)
    html = unescape(client.get("/admin/").content.decode())
    queue = html[html.index("Relectures en attente") : html.index("Traductions à mettre à jour")]
    assert "actif<br>" not in queue
    assert "<strong>bloqué</strong>" in queue and "ne couvre pas : nom de la structure, photos" in queue
    assert "<strong>noms à confirmer</strong>" in queue and "Karim Benali, Vénissieux" in queue

    editor = unescape(client.get(f"/admin/pages/{structure.pk}/edit/").content.decode())
    assert "Consentement : bloqué" in editor and "Consentement : actif" not in editor
    assert "n'autorise pas la publication de son nom" in editor


def test_a_link_to_a_withdrawn_testimony_gives_away_no_address(client, section, writer, moderator):
    withdrawn = TestimonyPageFactory(parent=section, title="Retiré", slug="slug-du-temoignage-retire")
    linking = TestimonyPageFactory(
        parent=section,
        context=f'<p>Voir <a linktype="page" id="{withdrawn.pk}">le témoignage</a>.</p>',
    )
    assert "slug-du-temoignage-retire" in client.get(linking.url).content.decode()

    withdrawn.consent_records().get().withdraw(user=moderator)
    public = client.get(linking.url).content.decode()
    assert "le témoignage" in public and "slug-du-temoignage-retire" not in public
    for user in (writer, moderator):
        client.force_login(user)
        editor = unescape(client.get(f"/admin/pages/{linking.pk}/edit/").content.decode())
        assert "slug-du-temoignage-retire" not in editor
        assert f'"id": {withdrawn.pk}' in editor  # still a page link the editor can change
