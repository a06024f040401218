import json
import re

import pytest

from guides.models import PracticeGuidePage
from job_descriptions.models import JobDescriptionPage
from library.models import LibraryPage
from testimonies import models as testimony_models

pytestmark = pytest.mark.django_db


def render(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


@pytest.mark.sqlite_smoke
@pytest.mark.parametrize(
    "model",
    [PracticeGuidePage, testimony_models.TestimonyPage, JobDescriptionPage],
    ids=["guide", "testimony", "job-description"],
)
def test_every_demo_item_renders_in_its_languages(client, demo_site, model):
    pages = model.objects.live()
    assert pages.filter(locale__language_code="en").exists()
    for page in pages:
        html = render(client, page)
        lang = page.locale.language_code
        assert f'<html lang="{lang}">' in html
        assert f"<h1>{page.title}</h1>".replace("'", "&#x27;") in html
        assert 'class="breadcrumbs' in html
        assert f'<link rel="canonical" href="{page.full_url}">' in html
        assert f'<meta property="og:title" content="{page.title}'.replace("'", "&#x27;") in html
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        data = {block["@type"]: block for block in map(json.loads, blocks)}
        kind = "DigitalDocument" if model is JobDescriptionPage else "Article"
        assert set(data) == {"BreadcrumbList", kind} and data[kind]["inLanguage"] == lang
        # Every section heading is followed by content: no empty section.
        for section in re.findall(r"<section[^>]*>(.*?)</section>", html, re.S):
            text = re.sub(r"<[^>]+>", "", section).strip()
            assert len(text) > 20, (page.url, section[:200])


def test_english_pages_show_english_interface_and_taxonomy(client, demo_site):
    guide = PracticeGuidePage.objects.live().filter(locale__language_code="en").first()
    html = render(client, guide)
    assert "Classification" in html and "Classement" not in html
    assert "Recruitment" in html or "Project and team readiness" in html
    assert "Publié le" not in html


def test_taxonomy_links_lead_to_the_filtered_listing(client, demo_site):
    page = testimony_models.TestimonyPage.objects.live().get(
        locale__language_code="fr", slug__startswith="ccas-grenoble"
    )
    html = render(client, page)
    assert 'href="/temoignages/?structure=lam"' in html
    listing = client.get("/temoignages/?structure=lam").content.decode()
    assert page.title.replace("'", "&#x27;") in listing


def test_related_items_share_taxonomy_when_none_are_chosen(demo_site):
    page = PracticeGuidePage.objects.live().get(
        locale__language_code="fr", slug="manager-un-travailleur-pair"
    )
    related = page.related_items()
    assert related and page.pk not in [item.pk for item in related]
    keys = {term.translation_key for term in page.themes.all()}
    assert any(keys & {t.translation_key for t in item.themes.all()} for item in related)
    assert all(item.locale_id == page.locale_id for item in related)


def test_reading_time_grows_with_the_text(demo_site):
    times = dict(LibraryPage.objects.live().values_list("slug", "reading_time"))
    assert min(times.values()) >= 1
    assert max(times.values()) > min(times.values())


def test_detail_page_queries_do_not_depend_on_the_library_size(
    client, demo_site, django_assert_max_num_queries
):
    page = PracticeGuidePage.objects.live().filter(locale__language_code="fr").first()
    with django_assert_max_num_queries(45):
        assert client.get(page.url).status_code == 200
