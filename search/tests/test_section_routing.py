"""A section finds a child of its own type in one query; any other child is still found."""

import pytest
from django.http import Http404
from django.test import RequestFactory

from guides.tests.factories import PracticeGuidePageFactory
from testimonies import models as testimony_models
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.django_db


def test_a_section_routes_to_a_child_of_its_type_in_one_query(site_tree, django_assert_num_queries):
    section = site_tree["sections"]["temoignage"]
    testimony = TestimonyPageFactory(parent=section)
    request = RequestFactory().get(testimony.url)
    with django_assert_num_queries(1):
        found = section.route(request, [testimony.slug]).page
    assert type(found) is testimony_models.TestimonyPage and found.pk == testimony.pk
    with django_assert_num_queries(0):
        assert found.get_parent().pk == section.pk


def test_a_child_of_another_type_or_a_missing_one_is_routed_as_by_wagtail(client, site_tree):
    section = site_tree["sections"]["temoignage"]
    guide = PracticeGuidePageFactory(parent=section, title="Un guide rangé parmi les témoignages")
    request = RequestFactory().get(guide.url)
    assert section.route(request, [guide.slug]).page.specific_class is type(guide)
    assert client.get(guide.url).status_code == 200
    with pytest.raises(Http404):
        section.route(request, ["aucune-page"])
    draft = TestimonyPageFactory(parent=section, publish=False)
    assert client.get(f"{section.url}{draft.slug}/").status_code == 404
    assert client.get(f"{site_tree['sections'][''].url}suggestions/?q=pair").status_code == 200
