"""The pages endpoint: what it lists, its filters (type, facets, language, year), each type's detail,
and SQL that does not grow with the library."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, PageViewRestriction

from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"


def titles(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return sorted(item["title"] for item in response.json()["items"])


@pytest.fixture
def library(api_library):
    return {name: Page.objects.get(pk=pk).specific for name, pk in api_library.items()}


@pytest.mark.sqlite_smoke
def test_the_listing_gives_live_pages_with_their_summary_and_taxonomy(client, library):
    response = client.get(PAGES)
    data = response.json()
    assert data["meta"]["total_count"] == 4
    guide = next(item for item in data["items"] if item["title"] == "Guide recrutement")
    assert guide["resource_type"] == "guide" and guide["summary"] and guide["publication_date"]
    assert guide["meta"]["type"] == "guides.PracticeGuidePage" and guide["meta"]["locale"] == "fr"
    assert guide["meta"]["html_url"] == library["guide"].full_url
    assert guide["taxonomy"]["thematique"] == [{"slug": "recrutement", "name": "Recrutement"}]
    assert guide["taxonomy"]["region"][0]["slug"] == "national"
    assert set(guide["taxonomy"]) == {"thematique", "public", "structure", "poste", "region"}
    assert "body" not in guide and "Guide brouillon" not in response.content.decode()


def test_the_english_page_names_its_terms_in_english_with_the_same_slugs(client, library):
    item = client.get(f"{PAGES}?locale=en").json()["items"][0]
    assert item["title"] == "Recruitment guide"
    assert item["taxonomy"]["thematique"] == [{"slug": "recrutement", "name": "Recruitment"}]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=guide", ["Guide recrutement", "Recruitment guide"]),
        ("type=guides.PracticeGuidePage", ["Guide recrutement", "Recruitment guide"]),
        ("type=temoignage,fiche-de-poste", ["Fiche LAM", "Témoignage CHRS"]),
        ("type=temoignage&type=fiche-de-poste", ["Fiche LAM", "Témoignage CHRS"]),
        ("thematique=recrutement", ["Fiche LAM", "Guide recrutement", "Recruitment guide"]),
        ("thematique=recrutement&locale=fr", ["Fiche LAM", "Guide recrutement"]),
        ("thematique=recrutement&structure=lam", ["Fiche LAM"]),  # AND across facets
        ("structure=lam,chrs", ["Fiche LAM", "Témoignage CHRS"]),  # OR inside one
        ("structure=chrs&structure=lam", ["Fiche LAM", "Témoignage CHRS"]),
        ("region=national", ["Guide recrutement"]),
        ("thematique=un-theme-inconnu", []),
        ("type=guide&locale=en", ["Recruitment guide"]),
        ("annee=2024", ["Fiche LAM", "Guide recrutement", "Recruitment guide"]),
        ("annee=2025", ["Témoignage CHRS"]),
    ],
)
@pytest.mark.sqlite_smoke
def test_filters(client, library, query, expected):
    assert titles(client, f"{PAGES}?{query}") == expected


def test_a_guide_in_detail_has_its_whole_content(client, library):
    data = client.get(f"{PAGES}{library['guide'].pk}/").json()
    assert data["for_whom"] and data["body"][0]["type"] == "paragraph"
    assert data["body"][0]["value"].startswith("<p>") and data["attachments"] == []
    assert data["meta"]["html_url"] == library["guide"].full_url


def test_a_job_description_in_detail_gives_its_files(client, library):
    data = client.get(f"{PAGES}{library['job'].pk}/").json()
    assert data["job_title"] == "Travailleur pair" and data["missions"][0]["value"]["kind"] == "relational"
    formats = {item["format"]: item for item in data["downloads"]}
    assert {"docx", "odt"} <= set(formats)
    assert formats["docx"]["url"] == library["job"].full_url + "telecharger/docx/"
    assert formats["odt"]["content_type"] == "application/vnd.oasis.opendocument.text"


def test_a_testimony_in_detail_gives_who_and_where_not_the_narrative(client, library):
    data = client.get(f"{PAGES}{library['testimony'].pk}/").json()
    assert data["structure_name"] == "Un CHRS de la région lyonnaise" and data["place"] == "Lyon"
    assert not {"context", "actions", "outcomes", "quotes", "peer_roles"} & set(data)


def test_find_by_the_address_a_reader_sees_in_both_languages(client, library):
    for page in (library["guide"], library["english"]):
        response = client.get(f"{PAGES}find/?html_path={page.url}")
        assert response.status_code == 302 and f"{PAGES}{page.pk}/?" in response["Location"]
    assert client.get(f"{PAGES}find/?html_path={library['draft'].url}").status_code == 404
    assert client.get(f"{PAGES}find/?html_path=/guides/").status_code == 404  # a section is not listed


def test_a_page_under_a_view_restriction_is_nowhere(client, library):
    PageViewRestriction.objects.create(page=library["guide"], restriction_type="password", password="secret")
    assert "Guide recrutement" not in titles(client, f"{PAGES}?type=guide")
    assert client.get(f"{PAGES}{library['guide'].pk}/").status_code == 404
    assert client.get(f"{PAGES}find/?html_path={library['guide'].url}").status_code == 404


def test_an_alias_is_not_listed_twice(client, library):
    library["guide"].create_alias(update_slug="guide-recrutement-alias")
    assert titles(client, f"{PAGES}?type=guide") == ["Guide recrutement", "Recruitment guide"]


def test_detail_only_fields_are_refused_in_listings(client, library):
    response = client.get(f"{PAGES}?type=guide&fields=body")
    assert response.status_code == 400 and "body" in response.json()["message"]
    assert client.get(f"{PAGES}?type=guide&fields=*").status_code == 200


def test_a_listing_costs_the_same_queries_for_3_and_12_pages(
    client, site_tree, django_assert_max_num_queries
):
    sections = site_tree["sections"]
    library = Collection.objects.get(name="Documents publics")
    image_model = get_image_model()

    def add(count):
        for number in range(count):
            image = image_model.objects.create(
                title=f"Photo {number}", collection=library, file=get_test_image_file(f"photo{number}.png")
            )
            PracticeGuidePageFactory(
                parent=sections["guide"],
                themes=["recrutement", "management"],
                audiences=["precarite"],
                image=image,
            )
            JobDescriptionPageFactory(parent=sections["fiche-de-poste"], structure_types=["lam"])
            TestimonyPageFactory(parent=sections["temoignage"], regions=["national"])

    def measure(url):
        client.get(url)  # draws the renditions of new images once
        with django_assert_max_num_queries(16) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured.captured_queries)

    urls = [f"{PAGES}?limit=50", f"{PAGES}?type=guide&thematique=recrutement&locale=fr", "/api/v2/images/"]
    add(1)
    few = [measure(url) for url in urls]
    print("QUERIES", few)
    add(3)
    assert [measure(url) for url in urls] == few, few
    assert client.get(f"{PAGES}?limit=50").json()["meta"]["total_count"] == 12


def test_a_detail_costs_a_bounded_number_of_queries(client, library):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(f"{PAGES}{library['guide'].pk}/").status_code == 200
    assert len(captured) <= 20, len(captured)
