"""The head's structured data and social cards in Chromium, and the open API as a partner's page
reads it: no console error, every JSON-LD block parses, the card image loads, the guides come as
JSON across origins."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from testing.servers import free_port

PAGES = [
    ("HomePage", "fr"),
    ("PracticeGuidePage", "fr"),
    ("TestimonyPage", "en"),
    ("JobDescriptionPage", "fr"),
]
EXPECTED = {
    "HomePage": {"@graph"},
    "PracticeGuidePage": {"BreadcrumbList", "Article"},
    "TestimonyPage": {"BreadcrumbList", "Article"},
    "JobDescriptionPage": {"BreadcrumbList", "DigitalDocument"},
}
READ_BLOCKS = """
() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((block) => block.textContent)
"""


def test_pages_with_their_head_tags_log_no_console_error(page, live_site, site_urls):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    for model, language in PAGES:
        path = site_urls[(model, language)][0]
        page.goto(live_site + path)
        page.wait_for_load_state("networkidle")
        blocks = [json.loads(text) for text in page.evaluate(READ_BLOCKS)]
        assert {block.get("@type", "@graph") for block in blocks} == EXPECTED[model], path
        card = page.get_attribute('meta[property="og:image"]', "content")
        image = page.request.get(live_site + urlsplit(card).path)
        assert image.status == 200 and image.headers["content-type"] == "image/png", card
    assert errors == []


PARTNER_PAGE = """
async (url) => {
  const response = await fetch(url);
  return {status: response.status, data: await response.json()};
}
"""


class PartnerPage(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"<!DOCTYPE html><title>Partenaire</title><p>Un site partenaire</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def partner_site():
    """Another site on this machine (another origin): a page of its own, served by its own server."""
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), PartnerPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def test_a_partner_page_fetches_the_guides_as_json(page, live_site, partner_site):
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(partner_site)
    answer = page.evaluate(
        PARTNER_PAGE, f"{live_site}/api/v2/pages/?type=guide&locale=fr&fields=_,title,summary"
    )
    assert answer["status"] == 200, console
    items = answer["data"]["items"]
    assert answer["data"]["meta"]["total_count"] == len(items) > 0
    assert all(set(item) == {"title", "summary"} and item["summary"] for item in items)
