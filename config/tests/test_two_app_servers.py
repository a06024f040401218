"""Two app servers sharing PostgreSQL, Redis and the media folder: a page published through the
admin of one is served fresh by the other at once, and unpublished the same way, though each
server keeps the pages it served in its own memory (core/page_cache.py, core/generation_watch.py).

Each server is a real gunicorn (deploy/gunicorn.conf.py, one worker) on a free port, against the
test database (this test commits) and a private redis-server; nothing of the machine's Redis.
"""

import os
import re
import subprocess
import sys

import pytest
import requests
from django.db import connection
from wagtail.models import Site

from config.tests.servers import ROOT
from home.models import StandardPage
from testing.servers import PrivateRedis, free_port, missing_servers, wait_for_port

pytestmark = [pytest.mark.servers, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def private_redis(tmp_path):
    if "redis-server" in missing_servers():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("redis-server manquant : obligatoire en CI")
        pytest.skip("redis-server manquant")
    server = PrivateRedis(tmp_path / "redis")
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


def database_url():
    settings = connection.settings_dict
    user = settings["USER"] or "postgres"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    host, port = settings["HOST"] or "127.0.0.1", settings["PORT"] or "5432"
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


@pytest.fixture
def two_servers(private_redis, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="config.tests.app_server_settings",
        DATABASE_URL=database_url(),
        REDIS_URL=private_redis,
        MEDIA_ROOT=str(media),
        WEB_CONCURRENCY="1",
        GUNICORN_THREADS="2",
        GUNICORN_LOG_LEVEL="warning",
    )
    servers = []
    try:
        for _ in range(2):  # started together, waited for together
            port = free_port()
            command = [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "-c",
                str(ROOT / "deploy" / "gunicorn.conf.py"),
            ]
            process = subprocess.Popen(
                [*command, "--bind", f"127.0.0.1:{port}"],
                env=env,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            process.port, process.url = port, f"http://127.0.0.1:{port}"
            servers.append(process)
        for process in servers:
            wait_for_port(process.port, process, timeout=60)
        yield servers
    finally:
        for process in servers:
            process.terminate()
        for process in servers:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def admin_session(client, user):
    client.force_login(user)
    session = requests.Session()
    session.cookies.set("sessionid", client.cookies["sessionid"].value)
    return session


def bulk(session, server, action, page):
    """Publishes or unpublishes `page` with the admin's bulk action, through `server`."""
    url = f"{server.url}/admin/bulk/wagtailcore/page/{action}/?id={page.pk}"
    form = session.get(url, timeout=30)
    assert form.status_code == 200, form.text[:300]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    done = session.post(
        url, data={"csrfmiddlewaretoken": token}, headers={"Referer": url}, allow_redirects=False, timeout=30
    )
    assert done.status_code in (200, 302), done.text[:300]


def test_a_page_published_through_one_server_is_fresh_on_the_other(
    client, site_tree, two_servers, django_user_model
):
    one, other = two_servers
    # Django's serialized rollback reloads the migrations' Site at set-up: point it at the home again.
    Site.objects.filter(is_default_site=True).update(root_page=site_tree["home"])
    editor = django_user_model.objects.create_superuser("editrice-serveurs", "e@example.org", "x")
    page = StandardPage(title="Ancien titre des deux serveurs", slug="deux-serveurs")
    site_tree["home"].add_child(instance=page)
    page.save_revision().publish()
    for server in two_servers:  # both servers have read the old page, and keep it in memory
        for _ in range(3):
            old = requests.get(server.url + "/deux-serveurs/", timeout=30)
            assert "Ancien titre des deux serveurs" in old.text
        assert old.headers["X-Page-Cache"] == "hit"

    page.title = "Nouveau titre des deux serveurs"
    page.save_revision()  # a draft: neither server shows it
    assert "Nouveau titre" not in requests.get(other.url + "/deux-serveurs/", timeout=30).text

    session = admin_session(client, editor)
    bulk(session, one, "publish", page)
    fresh = requests.get(other.url + "/deux-serveurs/", timeout=30)
    assert fresh.status_code == 200 and "Nouveau titre des deux serveurs" in fresh.text
    assert "Ancien titre" not in fresh.text

    bulk(session, one, "unpublish", page)
    assert requests.get(other.url + "/deux-serveurs/", timeout=30).status_code == 404
