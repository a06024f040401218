"""Sharing a library page: plain links to the networks' share addresses and nothing loaded from
another host; the Mastodon page sends a reader to their own server's `/share`, on a POST only,
and refuses what is not a host name; a cached page of ours, never an error page."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from guides.tests.factories import PracticeGuidePageFactory
from library.sharing import mastodon_host
from search.models import LibraryIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(site_tree):
    return PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], title="Recruter & intégrer")


def share_links(html):
    section = html.split('<section class="share"')[1].split("</section>")[0]
    return dict(re.findall(r'<a href="([^"]+)" aria-label="([^"]+)"', section)[i][::-1] for i in range(6))


def test_the_share_links_are_plain_links_to_the_page(client, guide):
    html = client.get(guide.url).content.decode()
    links = {name: href.replace("&amp;", "&") for name, href in share_links(html).items()}
    url = guide.full_url
    assert set(links) == {
        "Partager par courriel",
        "Partager sur LinkedIn",
        "Partager sur Mastodon",
        "Partager sur Bluesky",
        "Partager sur Facebook",
        "Partager sur X",
    }
    mail = urlsplit(links["Partager par courriel"])
    assert mail.scheme == "mailto" and "%20" in mail.query and "+" not in mail.query
    assert (
        parse_qs(mail.query)["subject"] == ["Recruter & intégrer"] and url in parse_qs(mail.query)["body"][0]
    )
    assert parse_qs(urlsplit(links["Partager sur LinkedIn"]).query) == {"url": [url]}
    assert parse_qs(urlsplit(links["Partager sur Facebook"]).query) == {"u": [url]}
    assert parse_qs(urlsplit(links["Partager sur X"]).query) == {
        "text": ["Recruter & intégrer"],
        "url": [url],
    }
    assert parse_qs(urlsplit(links["Partager sur Bluesky"]).query) == {"text": [f"Recruter & intégrer {url}"]}
    assert links["Partager sur Mastodon"] == f"/partager/mastodon/{guide.pk}/"
    # Nothing on the page comes from another host: scripts, images, styles, frames, link tags.
    hosts = re.findall(r'<(?:script|img|link|iframe|source)[^>]+(?:src|href)="(?:https?:)?//([^/"]+)', html)
    assert hosts and set(hosts) <= {"testserver", urlsplit(url).netloc}
    assert "Copier le lien" in html and re.search(r"<li class=\"share__copy\"[^>]* hidden>", html)


def test_the_mastodon_page_sends_the_reader_to_their_server(client, guide, page_cache):
    url = f"/partager/mastodon/{guide.pk}/"
    client.get(url)
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit" and "csrfmiddlewaretoken" not in second.content.decode()
    assert "Votre serveur Mastodon" in second.content.decode()
    response = client.post(url, {"server": "https://Piaille.fr/@moi"})
    assert response.status_code == 303
    target = urlsplit(response["Location"])
    assert (target.scheme, target.netloc, target.path) == ("https", "piaille.fr", "/share")
    assert parse_qs(target.query) == {"text": [f"Recruter & intégrer\n{guide.full_url}"]}
    assert client.get(url, {"server": "evil.example"}).status_code == 200  # a link never redirects


@pytest.mark.parametrize(
    ("typed", "host"),
    [
        ("mastodon.social", "mastodon.social"),
        ("@camille@piaille.fr", "piaille.fr"),
        ("https://toot.café/@camille", "toot.xn--caf-dma"),
        ("127.0.0.1", None),
        ("localhost", None),
        ("piaille.fr:8443", None),
        ("javascript:alert(1)", None),
        ("a..b", None),
        ("", None),
    ],
)
def test_only_a_host_name_is_a_mastodon_server(typed, host):
    assert mastodon_host(typed) == host


def test_bad_input_and_unknown_pages_never_give_an_error_page(client, site_tree, guide):
    url = f"/partager/mastodon/{guide.pk}/"
    for data in ({}, {"server": "pas un serveur"}, {"server": ["a.fr", "b.fr"]}, {"server": "x" * 400}):
        response = client.post(url, data)
        assert response.status_code in (303, 400), data
    refused = client.post(url, {"server": "127.0.0.1"})
    assert refused.status_code == 400 and "par exemple : mastodon.social" in refused.content.decode()
    draft = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], publish=False)
    for page_id in (draft.pk, site_tree["home"].pk, 999999):
        assert client.get(f"/partager/mastodon/{page_id}/").status_code == 404


def test_english_pages_share_in_english(client, site_tree):
    section = LibraryIndexPage.objects.get(locale__language_code="en", scope="guide")
    page = PracticeGuidePageFactory(parent=section, title="Hiring peers")
    html = client.get(page.url).content.decode()
    assert "Share this page" in html and "Share on LinkedIn" in html
    assert f'href="/en/share/mastodon/{page.pk}/"' in html
    assert "Your Mastodon server" in client.get(f"/en/share/mastodon/{page.pk}/").content.decode()
