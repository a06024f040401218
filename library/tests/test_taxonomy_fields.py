"""Every vocabulary of TAXONOMY_FIELDS is indexed, edited and filtered; all but the regions relate pages."""

import pytest
from django.urls import reverse

from guides.tests.factories import PracticeGuidePageFactory
from library.models import LibraryPage
from taxonomy.models import TAXONOMY_FIELDS, Region, Theme

pytestmark = pytest.mark.django_db


def test_every_vocabulary_is_a_search_field_and_an_editor_field():
    related = {field.field_name for field in LibraryPage.search_fields if hasattr(field, "fields")}
    assert related == set(TAXONOMY_FIELDS)
    panels = {panel.field_name for panel in LibraryPage.classification_panels}
    assert panels == set(TAXONOMY_FIELDS)


def test_the_region_alone_does_not_relate_two_pages(site_tree):
    guides = site_tree["sections"]["guide"]
    page = PracticeGuidePageFactory(
        parent=guides, title="Guide de départ", themes=["recrutement"], regions=["bretagne"]
    )
    same_theme = PracticeGuidePageFactory(parent=guides, title="Même thématique", themes=["recrutement"])
    PracticeGuidePageFactory(parent=guides, title="Même région", regions=["bretagne"])
    assert [item.pk for item in page.related_items()] == [same_theme.pk]


def test_the_admin_listing_filters_on_every_vocabulary(client, site_tree, admin_user):
    guides = site_tree["sections"]["guide"]
    PracticeGuidePageFactory(
        parent=guides, title="Guide en Bretagne", themes=["management"], regions=["bretagne"]
    )
    PracticeGuidePageFactory(
        parent=guides, title="Guide en Occitanie", themes=["recrutement"], regions=["occitanie"]
    )
    client.force_login(admin_user)
    url = reverse("library:index")
    fr = guides.locale
    for field_name, slug, found, hidden in (
        ("regions", "bretagne", "Guide en Bretagne", "Guide en Occitanie"),
        ("themes", "recrutement", "Guide en Occitanie", "Guide en Bretagne"),
    ):
        term = TAXONOMY_FIELDS[field_name].objects.get(locale=fr, slug=slug)
        html = client.get(url, {field_name: term.pk}).content.decode()
        assert found in html and hidden not in html
    html = client.get(url).content.decode()
    for model in (Theme, Region):
        assert str(model._meta.verbose_name_plural.capitalize()) in html
