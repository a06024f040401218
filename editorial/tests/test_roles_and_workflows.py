"""Roles from the migrations, what each may do, and the moderation workflows."""

from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page

from editorial.roles import ADMINISTRATOR, MODERATOR, REVIEW_WORKFLOW, TESTIMONY_WORKFLOW, WRITER
from guides.tests.factories import PracticeGuidePageFactory
from testimonies import models as testimony_models
from testimonies.consent import ConsentRequired
from testimonies.tests.factories import ConsentRecordFactory, TestimonyPageFactory, editor_form_data

pytestmark = pytest.mark.django_db


def test_roles_have_french_names_and_replace_wagtail_defaults(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {WRITER, MODERATOR, ADMINISTRATOR} <= names
    assert not names & {"Editors", "Moderators"}


def test_only_moderators_and_administrators_see_consent_records(writer, moderator, administrator):
    assert not writer.has_perm("testimonies.view_consentrecord")
    assert moderator.has_perm("testimonies.change_consentrecord")
    assert not moderator.has_perm("testimonies.delete_consentrecord")
    assert administrator.has_perm("testimonies.delete_consentrecord")


def test_consent_documents_live_in_a_private_collection(writer, moderator):
    from wagtail.permissions import policy_registry

    permission_policy = policy_registry.get_by_type(get_document_model())
    consent = Collection.objects.get(name="Consentements")
    library = Collection.objects.get(name="Documents publics")
    restriction = consent.view_restrictions.get()
    assert set(restriction.groups.values_list("name", flat=True)) == {MODERATOR, ADMINISTRATOR}
    writer_collections = permission_policy.collections_user_has_permission_for(writer, "choose")
    assert library in writer_collections and consent not in writer_collections
    assert consent in permission_policy.collections_user_has_permission_for(moderator, "choose")


def test_consent_document_is_not_served_to_readers_nor_writers(client, rf, writer, moderator):
    from django.core.files.base import ContentFile

    collection = Collection.objects.get(name="Consentements")
    document = get_document_model().objects.create(
        title="Formulaire signé",
        collection=collection,
        file=ContentFile(b"consentement signe", name="consentement.txt"),
    )
    for user in (None, writer):
        if user is not None:
            client.force_login(user)
        response = client.get(document.url)
        assert response.status_code == 302 and "/login/" in response["Location"]
    request = rf.get(document.url)
    request.session = {}
    restriction = collection.get_view_restrictions().get()
    for user, accepted in ((writer, False), (moderator, True)):
        request.user = user
        assert restriction.accept_request(request) is accepted


def test_a_writer_cannot_publish(client, site_tree, writer):
    section = site_tree["sections"]["guide"]
    guide = PracticeGuidePageFactory(parent=section, publish=False)
    assert not guide.permissions_for_user(writer).can_publish()
    with pytest.raises(PermissionDenied):
        PublishPageRevisionAction(guide.save_revision(), user=writer).execute()
    testimony = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"], publish=False)
    client.force_login(writer)
    client.post(f"/admin/pages/{testimony.pk}/edit/", editor_form_data(testimony, action="action-publish"))
    assert not testimony_models.TestimonyPage.objects.get(pk=testimony.pk).live


def test_sections_get_their_workflow_in_both_languages(site_tree):
    english = Locale.objects.get(language_code="en")
    sections = site_tree["sections"]
    for scope, expected in (
        ("temoignage", TESTIMONY_WORKFLOW),
        ("guide", REVIEW_WORKFLOW),
        ("fiche-de-poste", REVIEW_WORKFLOW),
    ):
        for section in (sections[scope], sections[scope].get_translation(english)):
            assert section.get_workflow().name == expected
    assert site_tree["home"].get_workflow().name == REVIEW_WORKFLOW
    assert Page.objects.get(depth=1).get_workflow().name == REVIEW_WORKFLOW


def submit(client, user, page):
    client.force_login(user)
    response = client.post(f"/admin/pages/{page.pk}/edit/", editor_form_data(page, action="action-submit"))
    assert response.status_code == 302, unescape(response.content.decode())[:2000]
    page.refresh_from_db()
    return page.current_workflow_task_state


def test_approval_needs_consent(client, site_tree, writer, moderator):
    page = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"], consent=False, publish=False)
    task_state = submit(client, writer, page)
    assert task_state is not None
    task = task_state.task.specific
    actions = [name for name, _label, _modal in task.get_actions(page, moderator)]
    assert actions == ["reject"]
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {})
    assert response.status_code in (302, 403) and response.get("Location") != f"/admin/pages/{page.pk}/"
    with pytest.raises(ConsentRequired):
        task.on_action(task_state, moderator, "approve")
    page.refresh_from_db()
    assert not page.live and page.workflow_in_progress

    ConsentRecordFactory(page=page)
    assert "approve" in [name for name, _label, _modal in task.get_actions(page, moderator)]
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress


def test_guides_are_reviewed_by_moderators_too(client, site_tree, writer, moderator):
    guide = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], publish=False)
    guide.save_revision(user=writer)
    workflow = guide.get_workflow()
    workflow.start(guide, writer)
    guide.refresh_from_db()
    task_state = guide.current_workflow_task_state
    assert [name for name, *_ in task_state.task.specific.get_actions(guide, writer)] == []
    assert "approve" in [name for name, *_ in task_state.task.specific.get_actions(guide, moderator)]


def test_collections_have_french_names(db):
    names = list(Collection.objects.order_by("path").values_list("name", flat=True))
    assert names == ["Racine", "Documents publics", "Consentements"]
