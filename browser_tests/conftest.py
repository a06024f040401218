"""Real-browser harness: the demo site served by a live server, Debian's Chromium driven by
Playwright, and axe-core injected into real pages.

This folder runs as its own pytest session (see scripts/run-tests.sh): the demo content is
loaded once into the test database and stays committed, so the server thread sees it.
"""

import os
from pathlib import Path

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread

# Playwright's sync API keeps an event loop in the main thread; the database work done here
# (fixtures) is synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE_SCRIPT = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.browser)
        # Tells pytest-django to create the test database; the tests themselves only read.
        item.add_marker(pytest.mark.django_db)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from demo.loader import load_demo_content

    with django_db_blocker.unblock():
        load_demo_content()


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """Base URL of a server thread that reads the committed demo content."""
    with django_db_blocker.unblock():
        connection = connections["default"]
        override = None
        if connection.vendor == "sqlite":
            # An in-memory SQLite test database exists only in this connection: share it.
            connection.inc_thread_sharing()
            override = {"default": connection}
        thread = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=override)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        try:
            yield f"http://127.0.0.1:{thread.port}"
        finally:
            thread.terminate()
            if override:
                connection.dec_thread_sharing()


@pytest.fixture(scope="session")
def site_urls(django_db_setup, django_db_blocker):
    """Paths of the demo pages, by type and language."""
    from wagtail.models import Page

    with django_db_blocker.unblock():
        pages = Page.objects.live().specific().select_related("locale")
        urls = {}
        for page in pages:
            if page.depth < 2:
                continue
            key = (page.specific_class.__name__, page.locale.language_code)
            urls.setdefault(key, []).append(page.get_url())
        return urls


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: run scripts/install-test-deps.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page_without_js(browser):
    context = browser.new_context(locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def assert_no_axe_violations(page, context_label=""):
    """Injects axe-core into the page and fails on any WCAG 2.1 A/AA violation."""
    if not AXE_SCRIPT.exists():
        raise AssertionError(f"{AXE_SCRIPT} is missing: run scripts/install-test-deps.sh")
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    violations = result["violations"]
    message = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(
            node["target"][0] if isinstance(node["target"][0], str) else str(node["target"])
            for node in v["nodes"][:5]
        )
        for v in violations
    )
    assert not violations, f"axe-core violations on {context_label or page.url}:\n{message}"
    assert result["passes"], "axe-core ran no check at all"
