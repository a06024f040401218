"""The drawn social card of a page without an image (core/social_images.py): a 1200×630 PNG for live
public pages only, drawn once, replaced when the card changes, bounded per client."""

import io
import re

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from PIL import Image
from wagtail.models import PageViewRestriction

from core import social_images
from guides.tests.factories import PracticeGuidePageFactory
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.django_db

OG_IMAGE = re.compile(r'<meta property="og:image" content="http://[^/]+(/partage/[^"]+)">')


def card_url(client, page):
    return OG_IMAGE.search(client.get(page.url).content.decode()).group(1)


def stored(page):
    try:
        return sorted(default_storage.listdir(f"{social_images.FOLDER}/{page.pk}")[1])
    except FileNotFoundError:
        return []


@pytest.fixture(autouse=True)
def no_card_drawn_yet():
    """The storage outlives the rolled-back database (and SQLite gives a page id again)."""
    try:
        folders = default_storage.listdir(social_images.FOLDER)[0]
    except FileNotFoundError:
        folders = []
    for folder in folders:
        for name in default_storage.listdir(f"{social_images.FOLDER}/{folder}")[1]:
            default_storage.delete(f"{social_images.FOLDER}/{folder}/{name}")


@pytest.fixture
def guide(site_tree):
    return PracticeGuidePageFactory(
        parent=site_tree["sections"]["guide"], title="Recruter un travailleur pair"
    )


@pytest.mark.sqlite_smoke
def test_a_live_page_gets_its_card_drawn_once(client, guide):
    url = card_url(client, guide)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == f"public, max-age={social_images.MAX_AGE}"
    with Image.open(io.BytesIO(response.content)) as image:
        assert image.size == (1200, 630) and image.format == "PNG"
    assert stored(guide) == [url.rsplit("/", 1)[1]]
    assert client.get(url).content == response.content
    assert client.head(url).status_code == 200 and client.post(url).status_code == 405


def test_every_page_type_has_one(client, site_tree):
    pages = [site_tree["home"], site_tree["sections"]["guide"], *site_tree["standard"].values()]
    for page in pages:
        assert client.get(card_url(client, page)).status_code == 200, page.url


def test_a_new_title_gives_a_new_card_and_the_old_address_leads_to_it(client, guide):
    old = card_url(client, guide)
    client.get(old)
    guide.title = "Recruter et accueillir un travailleur pair"
    guide.save_revision().publish()
    new = card_url(client, guide)
    assert new != old
    response = client.get(old)
    assert response.status_code == 302 and response["Location"] == new
    assert client.get(new).status_code == 200
    assert stored(guide) == [new.rsplit("/", 1)[1]]  # the old file is gone


def test_no_card_for_a_page_readers_cannot_see(client, site_tree, guide):
    guide_url = card_url(client, guide)
    draft = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], publish=False)
    testimony = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"])
    testimony_url = card_url(client, testimony)
    testimony.consent_records().first().withdraw()
    PageViewRestriction.objects.create(page=guide, restriction_type="password", password="secret")
    for url in (guide_url, testimony_url, f"/partage/{draft.pk}/0123456789abcdef.png"):
        assert client.get(url).status_code == 404, url
    assert client.get("/partage/99999999999999999999/x.png").status_code == 404
    assert stored(guide) == [] and stored(testimony) == []


def test_drawing_is_bounded_per_client_but_a_drawn_card_is_read_back(site_tree, guide, settings):
    settings.SOCIAL_IMAGES_PER_CLIENT = 1
    other = PracticeGuidePageFactory(parent=site_tree["sections"]["guide"])
    client = Client(REMOTE_ADDR="203.0.113.9")
    first, second = card_url(client, guide), card_url(client, other)
    assert client.get(first).status_code == 200
    refused = client.get(second)
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert client.get(first).status_code == 200  # already drawn: no limit applies


def test_a_long_title_is_cut_to_four_lines_within_the_card():
    title = " ".join(["Accompagnement"] * 40)
    image = Image.new("RGB", (social_images.WIDTH, social_images.HEIGHT))
    draw = social_images.ImageDraw.Draw(image)
    width = social_images.WIDTH - 2 * social_images.MARGIN
    font, size, lines = social_images._title_lines(draw, title, width)
    assert size == min(social_images.TITLE_SIZES) and len(lines) == social_images.TITLE_LINES
    assert lines[-1].endswith("…") and all(draw.textlength(line, font=font) <= width for line in lines)
    with Image.open(io.BytesIO(social_images.draw_card("Guide pratique", title, "fr"))) as card:
        assert card.size == (1200, 630)


def test_without_dejavu_the_card_is_drawn_with_pillows_font(monkeypatch):
    monkeypatch.setattr(social_images, "BOLD", social_images.FONTS / "absent.ttf")
    monkeypatch.setattr(social_images, "REGULAR", social_images.FONTS / "absent.ttf")
    with Image.open(io.BytesIO(social_images.draw_card("Témoignage", "Un titre", "en"))) as card:
        assert card.size == (1200, 630)
