"""Each section offers only its own type of page; the home only sections and standard pages."""

import pytest
from wagtail.models import Page

from guides.models import PracticeGuidePage
from job_descriptions.models import JobDescriptionPage
from library.models import ResourceType
from testimonies.models import TestimonyPage

pytestmark = pytest.mark.django_db

OWN_TYPE = {
    ResourceType.GUIDE: PracticeGuidePage,
    ResourceType.TESTIMONY: TestimonyPage,
    ResourceType.JOB_DESCRIPTION: JobDescriptionPage,
}


def offered(client, parent):
    response = client.get(f"/admin/pages/{parent.pk}/add_subpage/")
    if response.status_code == 302:  # a single choice goes straight to its form
        return {response["Location"].split("/")[-3]}
    assert response.status_code == 200
    html = response.content.decode()
    return {
        model._meta.model_name
        for model in (PracticeGuidePage, TestimonyPage, JobDescriptionPage)
        if f"/add/{model._meta.app_label}/{model._meta.model_name}/" in html
    }


def test_a_section_offers_only_its_own_type(client, site_tree, writer):
    client.force_login(writer)
    for scope, section in site_tree["sections"].items():
        if not scope:
            continue
        own = OWN_TYPE[scope]
        assert offered(client, section) == {own._meta.model_name}, section.title
        other = next(model for model in OWN_TYPE.values() if model is not own)
        url = f"/admin/pages/add/{other._meta.app_label}/{other._meta.model_name}/{section.pk}/"
        response = client.get(url)
        assert response.status_code in (302, 403) and "/add/" not in response.get("Location", "")


def test_content_moves_only_to_a_section_of_its_type(site_tree):
    sections = site_tree["sections"]
    guides = Page.objects.get(pk=sections[ResourceType.GUIDE].pk)
    assert PracticeGuidePage.can_exist_under(guides)
    assert not TestimonyPage.can_exist_under(guides)
    assert not JobDescriptionPage.can_exist_under(sections[ResourceType.GUIDE])


def test_the_home_offers_sections_and_standard_pages(site_tree):
    home = site_tree["home"]
    names = {model._meta.label for model in type(home).creatable_subpage_models()}
    assert names == {"search.LibraryIndexPage", "home.StandardPage"}
