"""JSON-LD and social cards in the head of every page type, in both languages: each block parses,
says what the page is (Article, DigitalDocument, BreadcrumbList, Organization and WebSite) with the
page's own dates, language and publisher, and no title can close the script it sits in."""

import datetime
import json
import re

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Site

from guides.models import PracticeGuidePage
from guides.tests.factories import PracticeGuidePageFactory
from home.models import HomePage, SiteSettings, StandardPage
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.models import JobDescriptionPage
from library.structured_data import modified_date
from search.models import LibraryIndexPage
from testimonies import models as testimony_models

pytestmark = pytest.mark.django_db

LD_BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
META = re.compile(r'<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)">')


def head_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    html = response.content.decode()
    blocks = [json.loads(block) for block in LD_BLOCK.findall(html)]
    meta = {}
    for name, value in META.findall(html.split("</head>")[0]):
        meta.setdefault(name, []).append(value.replace("&#x27;", "'").replace("&amp;", "&"))
    return html, {block.get("@type", "@graph"): block for block in blocks}, meta


def check_breadcrumbs(data, page):
    items = data["BreadcrumbList"]["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert items[0]["item"] == page.get_parent().get_parent().full_url  # the home page
    assert items[-1] == {
        "@type": "ListItem",
        "position": len(items),
        "name": page.title,
        "item": page.full_url,
    }


def check_publisher(article):
    publisher = SiteSettings.for_site(Site.objects.get(is_default_site=True)).publisher_name
    assert article["publisher"]["@type"] == "Organization" and article["publisher"]["name"] == publisher
    assert article["author"] == article["publisher"]
    assert article["publisher"]["logo"]["url"].startswith("http")


@pytest.mark.parametrize(
    ("model", "kind"),
    [
        (PracticeGuidePage, "Article"),
        (testimony_models.TestimonyPage, "Article"),
        (JobDescriptionPage, "DigitalDocument"),
    ],
    ids=["guide", "testimony", "job-description"],
)
def test_library_pages_describe_themselves(client, demo_site, model, kind):
    pages = list(model.objects.live().select_related("locale"))
    assert {page.locale.language_code for page in pages} == {"fr", "en"}
    for page in pages:
        html, data, meta = head_of(client, page)
        assert set(data) == {"BreadcrumbList", kind}, page.url
        check_breadcrumbs(data, page)
        main = data[kind]
        lang = page.locale.language_code
        assert main["@context"] == "https://schema.org" and main["inLanguage"] == lang
        assert main["headline"] == page.title[:110] and main["description"] == page.summary
        assert main["datePublished"] == page.publication_date.isoformat()
        assert main["dateModified"][:10] >= main["datePublished"]
        assert main["url"] == main["mainEntityOfPage"] == page.full_url
        assert main["image"]["url"] == meta["og:image"][0] and main["image"]["width"] == 1200
        check_publisher(main)
        assert "JobPosting" not in html
        assert meta["og:type"] == ["article"] and meta["og:url"] == [page.full_url]
        assert meta["og:title"] == [page.title] and meta["og:locale"] == [
            {"fr": "fr_FR", "en": "en_GB"}[lang]
        ]
        assert meta["twitter:card"] == ["summary_large_image"]
        if page.get_translations().live().exists():
            assert meta["og:locale:alternate"] == [{"fr": "en_GB", "en": "fr_FR"}[lang]]


def test_a_job_description_lists_its_files_by_format(client, demo_site):
    for page in JobDescriptionPage.objects.live().select_related("locale"):
        document = head_of(client, page)[1]["DigitalDocument"]
        route = "telecharger" if page.locale.language_code == "fr" else "download"
        files = {item["encodingFormat"]: item for item in document["encoding"]}
        assert set(files) == {f.content_type for f in FORMATS.values() if f.is_available()}
        docx = files[FORMATS["docx"].content_type]
        assert docx["@type"] == "MediaObject" and docx["contentUrl"] == f"{page.full_url}{route}/docx/"
        assert document["genre"] and "articleSection" not in document


def test_the_home_pages_describe_the_site_and_its_search(client, demo_site):
    for home in HomePage.objects.live().select_related("locale"):
        _html, data, meta = head_of(client, home)
        graph = {item["@type"]: item for item in data["@graph"]["@graph"]}
        organization, website = graph["Organization"], graph["WebSite"]
        assert website["publisher"] == {"@id": organization["@id"]}
        assert website["inLanguage"] == home.locale.language_code and website["url"] == home.full_url
        search = "/recherche/" if home.locale.language_code == "fr" else "/en/search/"
        action = website["potentialAction"]
        assert action["@type"] == "SearchAction"
        assert action["target"]["urlTemplate"].endswith(search + "?q={search_term_string}")
        assert action["query-input"] == "required name=search_term_string"
        assert meta["og:type"] == ["website"] and meta["og:title"] == [home.hero_heading]


def test_sections_and_standard_pages_have_their_breadcrumbs_and_card(client, demo_site):
    pages = list(LibraryIndexPage.objects.live()) + list(StandardPage.objects.live())
    assert len(pages) > 6
    for page in pages:
        _html, data, meta = head_of(client, page)
        assert set(data) == {"BreadcrumbList"}, page.url
        assert data["BreadcrumbList"]["itemListElement"][-1]["item"] == page.full_url
        assert meta["og:type"] == ["website"] and meta["og:image"][0].startswith("http://")


def test_a_title_cannot_close_its_script(client, site_tree):
    title = 'Guide </script><script>alert("x")</script> & <b>'
    page = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], title=title)
    html, data, meta = head_of(client, page)
    assert (
        data["Article"]["headline"] == title
        and data["BreadcrumbList"]["itemListElement"][-1]["name"] == title
    )
    for block in LD_BLOCK.findall(html):
        assert "<" not in block and ">" not in block
    assert meta["og:title"] == [
        "Guide &lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; & &lt;b&gt;"
    ]


def test_the_editors_image_is_the_card(client, site_tree):
    image = get_image_model().objects.create(
        title="L'équipe réunie",
        collection=Collection.objects.get(name="Documents publics"),
        file=get_test_image_file("equipe.png", size=(1600, 1000)),
    )
    page = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], image=image)
    _html, data, meta = head_of(client, page)
    assert "/media/images/" in meta["og:image"][0] and "fill-1200x630" in meta["og:image"][0]
    assert meta["og:image:alt"] == ["L'équipe réunie"] and "og:image:type" not in meta
    assert data["Article"]["image"]["url"] == meta["og:image"][0]


def test_the_modified_date_never_precedes_the_published_one(client, site_tree):
    later = datetime.date.today() + datetime.timedelta(days=30)
    page = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], publication_date=later)
    article = head_of(client, page)[1]["Article"]
    assert article["datePublished"] == article["dateModified"] == later.isoformat()
    page.last_published_at = None
    assert modified_date(page) == later.isoformat()
