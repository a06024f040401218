import pytest

from core.site_cache import new_generation
from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory
from testing.database import LAYERS, site_tree

pytestmark = pytest.mark.django_db


def count_queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("scope", ["guide", ""])
def test_index_pages_run_the_same_queries_with_5_and_25_pages(
    client, site_tree, django_assert_max_num_queries, scope, settings
):
    settings.PAGE_CACHE_ENABLED = False  # the queries of building the page, not of the page cache's hit
    section = site_tree["sections"][scope]
    guides = site_tree["sections"]["guide"]

    def measure(url):
        """Right after a publication (the page chrome is rebuilt), then for the next reader."""
        # As the publication's commit does (tests never commit): nothing the set-up happened to
        # cache under the last generation is read.
        new_generation()
        first = count_queries(client, url, django_assert_max_num_queries, 40)
        next_reader = count_queries(client, url, django_assert_max_num_queries, 10)
        return first, next_reader

    for _ in range(5):
        PracticeGuidePageFactory(parent=guides, themes=["recrutement"], regions=["bretagne"])
    JobDescriptionPageFactory(parent=site_tree["sections"]["fiche-de-poste"])
    few = measure(section.url)
    for _ in range(20):
        PracticeGuidePageFactory(parent=guides, themes=["recrutement", "management"], audiences=["precarite"])
    many = measure(section.url)
    assert few == many
    second_page = count_queries(client, section.url + "?page=2", django_assert_max_num_queries, 10)
    assert second_page == many[1]


def test_index_lists_its_own_type_newest_first_with_pagination(client, site_tree):
    guides = site_tree["sections"]["guide"]
    titles = [PracticeGuidePageFactory(parent=guides, title=f"Guide {n:02d}").title for n in range(25)]
    JobDescriptionPageFactory(parent=site_tree["sections"]["fiche-de-poste"], title="Une fiche de poste")
    html = client.get(guides.url).content.decode()
    assert "Une fiche de poste" not in html
    assert html.index("Guide 24") < html.index("Guide 23")
    assert "Guide 04" not in html  # page 2
    page_two = client.get(guides.url + "?page=2").content.decode()
    assert "Guide 04" in page_two and "Guide 00" in page_two
    assert titles


def build_three_guides():
    """Three published guides: a database layer shared by the page-number cases."""
    guides = site_tree()["sections"]["guide"]
    return [PracticeGuidePageFactory(parent=guides).pk for _ in range(3)]


LAYERS.register("three_guides", build_three_guides)


@pytest.fixture
def three_guides(site_tree):
    assert len(LAYERS.data("three_guides")) == 3
    return site_tree["sections"]["guide"]


@pytest.mark.parametrize("page_param", ["abc", "-1", "0", "999999", "1.5", "%00", "2" * 400])
def test_bad_page_numbers_never_fail(client, three_guides, page_param):
    response = client.get(three_guides.url, {"page": page_param})
    assert response.status_code == 200
