"""What a writer can do with a withdrawn testimony in the admin: nothing.

Each write path (translate, update or edit a translation, copy, alias, move, submit, unpublish,
delete, lock, privacy, preview, view the draft, revert, workflow action, bulk action) is posted
by a writer and refused, with nothing created or changed; the same request on a visible testimony
goes through, so the request itself is right.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Page,
    PagePermissionTester,
    PageViewRestriction,
    WorkflowState,
)
from wagtail_localize.models import StringTranslation, TranslationSource

from testimonies import models as testimony_models
from testimonies.tests.factories import TestimonyPageFactory, editor_form_data
from testimonies.tests.lockdown_scene import TITLE_TOKEN, segment_ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer_client(writer):
    client = Client(raise_request_exception=False)
    client.force_login(writer)
    return client


def refused(response):
    """Refused: an error status, or Wagtail's redirect to the dashboard; never the title."""
    queued = getattr(getattr(response.wsgi_request, "_messages", None), "_queued_messages", [])
    body = " ".join([response.content.decode("utf-8", "replace"), *(str(message) for message in queued)])
    redirected_home = response.status_code == 302 and response["Location"] in ("/admin/", "/admin/login/")
    return (response.status_code in (403, 404, 405) or redirected_home) and TITLE_TOKEN not in body


def test_translating_a_withdrawn_testimony_is_refused(site_tree, writer, moderator, writer_client):
    section = site_tree["sections"]["temoignage"]
    english = Locale.objects.get(language_code="en")
    page = TestimonyPageFactory(parent=section, title=f"Témoignage {TITLE_TOKEN} bis", owner=writer)
    page.consent_records().get().withdraw(user=moderator)
    visible = TestimonyPageFactory(parent=section, owner=writer)

    response = writer_client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]})
    assert refused(response)
    assert not page.get_translations().exists()
    assert not TranslationSource.objects.filter(object_id=page.translation_key).exists()

    response = writer_client.post(f"/admin/localize/submit/page/{visible.pk}/", {"locales": [english.pk]})
    assert response.status_code == 302 and visible.get_translations().exists()


def test_editing_the_translation_of_a_withdrawn_testimony_is_refused(scene, writer_client):
    translation, source = scene.translation, scene.source
    updated_at = source.last_updated_at
    string_segment, _overridable = segment_ids(scene)
    strings = StringTranslation.objects.count()
    base = f"/admin/localize/translate/{translation.pk}"
    attempts = {
        "update": writer_client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}),
        "string": writer_client.post(
            f"{base}/strings/{string_segment}/edit/", {"value": "Une traduction imposée"}
        ),
        "stop": writer_client.post(f"{base}/disable/"),
        "preview": writer_client.get(f"{base}/preview/"),
        "po file": writer_client.get(f"{base}/pofile/download/"),
        "convert to alias": writer_client.post(f"/admin/localize/page/{scene.english.pk}/convert_to_alias/"),
    }
    assert [name for name, response in attempts.items() if not refused(response)] == []
    translation.refresh_from_db()
    source.refresh_from_db()
    assert translation.enabled and source.last_updated_at == updated_at
    assert StringTranslation.objects.count() == strings
    assert testimony_models.TestimonyPage.objects.get(pk=scene.english.pk).alias_of_id is None


def test_page_actions_on_a_withdrawn_testimony_are_refused(scene, writer_client):
    french = scene.french
    guides = Page.objects.get(pk=scene.section.pk).get_siblings().exclude(pk=scene.section.pk).first()
    pages, restrictions = Page.objects.count(), PageViewRestriction.objects.count()
    revision = french.get_latest_revision()
    copy = {"new_title": "Copie", "new_slug": "copie-retiree", "new_parent_page": scene.section.pk}
    attempts = {
        "copy": writer_client.post(f"/admin/pages/{french.pk}/copy/", copy),
        "alias": writer_client.post(f"/admin/pages/{french.pk}/copy/", {**copy, "alias": "on"}),
        "move": writer_client.post(f"/admin/pages/{french.pk}/move/{guides.pk}/confirm/"),
        "submit": writer_client.post(
            f"/admin/pages/{french.pk}/edit/", editor_form_data(french, action="action-submit")
        ),
        "unpublish": writer_client.post(f"/admin/pages/{french.pk}/unpublish/"),
        "delete": writer_client.post(f"/admin/pages/{french.pk}/delete/"),
        "lock": writer_client.post(f"/admin/pages/{french.pk}/lock/"),
        "privacy": writer_client.post(f"/admin/pages/{french.pk}/privacy/", {"restriction_type": "login"}),
        "preview": writer_client.post(f"/admin/pages/{french.pk}/edit/preview/", editor_form_data(french)),
        "preview page": writer_client.get(f"/admin/pages/{french.pk}/edit/preview/"),
        "draft": writer_client.get(f"/admin/pages/{french.pk}/view_draft/"),
        "revert": writer_client.get(f"/admin/pages/{french.pk}/revisions/{revision.pk}/revert/"),
        "compare": writer_client.get(f"/admin/pages/{french.pk}/revisions/compare/earliest...latest/"),
    }
    assert [name for name, response in attempts.items() if not refused(response)] == []
    # A bulk action leaves out what the user may not see: it goes through, on nothing.
    bulk = [
        writer_client.post(f"/admin/bulk/wagtailcore/page/delete/?id={french.pk}"),
        writer_client.post(f"/admin/bulk/wagtailcore/page/move/?id={french.pk}", {"chooser": guides.pk}),
    ]
    assert all(TITLE_TOKEN not in response.content.decode() for response in bulk)
    after = testimony_models.TestimonyPage.objects.get(pk=french.pk)
    assert Page.objects.count() == pages and PageViewRestriction.objects.count() == restrictions
    assert after.get_parent().pk == scene.section.pk and not after.locked and not after.live
    assert not WorkflowState.objects.for_instance(after).filter(status="in_progress").exists()
    assert after.get_latest_revision().pk == revision.pk


def test_the_same_actions_on_a_visible_testimony_go_through(scene, writer_client):
    control = scene.control
    copy = {"new_title": "Copie", "new_slug": "copie-visible", "new_parent_page": scene.section.pk}
    assert writer_client.post(f"/admin/pages/{control.pk}/copy/", copy).status_code == 302
    assert testimony_models.TestimonyPage.objects.filter(slug="copie-visible").exists()
    response = writer_client.post(
        f"/admin/pages/{control.pk}/edit/", editor_form_data(control, action="action-submit")
    )
    assert response.status_code == 302
    assert WorkflowState.objects.for_instance(control).filter(status="in_progress").exists()
    assert writer_client.get(f"/admin/pages/{control.pk}/view_draft/").status_code == 200


@pytest.fixture
def publisher(django_user_model):
    """A user who may publish pages but is not given the consent permission (a custom role)."""
    group = Group.objects.create(name="Publication sans consentement")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"):
        GroupPagePermission.objects.create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("publieur", "publieur@example.org", "motdepasse")
    user.groups.add(group)
    return user


def test_no_page_permission_reaches_a_withdrawn_testimony_without_consent_access(scene, publisher):
    """Every test of the permission tester, against Wagtail's own answer for the same user."""
    french = scene.french
    destination = scene.section
    ours, wagtails = french.permissions_for_user(publisher), PagePermissionTester(publisher, french)
    calls = {
        name: (lambda tester, name=name: getattr(tester, name)())
        for name in dir(PagePermissionTester)
        if name.startswith("can_") and name not in ("can_move_to", "can_copy_to")
    }
    calls["can_move_to"] = lambda tester: tester.can_move_to(destination)
    calls["can_copy_to"] = lambda tester: tester.can_copy_to(destination)
    granted_by_wagtail = [name for name, call in calls.items() if call(wagtails)]
    assert len(granted_by_wagtail) >= 10
    assert [name for name in granted_by_wagtail if calls[name](ours)] == []
    assert scene.control.permissions_for_user(publisher).can_publish()
