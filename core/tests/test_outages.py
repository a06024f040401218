"""The site survives its own servers failing, tested against real ones started here
(testing/servers.py): a private redis-server killed and restarted, a private PostgreSQL cluster
stopped and started under a gunicorn that keeps running.
"""

import logging
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from core import redis_cache
from core.site_cache import GENERATION_KEY
from home.models import StandardPage
from testing.servers import PrivatePostgres, PrivateRedis, free_port, missing_servers, wait_for_port

MISSING = missing_servers()
pytestmark = [
    pytest.mark.servers,
    pytest.mark.skipif(bool(MISSING), reason=f"missing {MISSING}: run scripts/install-test-deps.sh"),
]
ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def gunicorn_site(database_url, log, settings="config.settings.test"):
    """Yields the base URL of one gunicorn worker serving the site against `database_url`, and its
    process; what it logs goes to the file `log`."""
    port = free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "DATABASE_URL": database_url,
        "DB_CONN_MAX_AGE": "60",
        "REDIS_URL": "",
    }
    with open(log, "w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
            + ["--timeout", "30", "--log-level", "warning"],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=output,
        )
        try:
            wait_for_port(port, process, timeout=30)
            yield f"http://127.0.0.1:{port}", process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def menu(client):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index('class="main-nav"')
    return html[start : html.index("</nav>", start)], len(captured.captured_queries)


def unreachable_warnings(caplog):
    return [record for record in caplog.records if "unreachable" in record.getMessage()]


@pytest.mark.django_db
def test_redis_killed_and_restarted(client, site_tree, tmp_path, caplog, monkeypatch):
    monkeypatch.setattr(redis_cache, "RETRY_SECONDS", 0.2)
    redis = PrivateRedis(tmp_path)
    redis.start()
    backend = {
        "BACKEND": "core.redis_cache.RedisCache",
        "LOCATION": redis.url,
        "KEY_PREFIX": "pannes",
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
    }
    caplog.set_level(logging.WARNING, logger="core.redis_cache")
    try:
        with override_settings(CACHES={"default": backend}):
            _cold, cold_queries = menu(client)
            html, warm_queries = menu(client)
            assert warm_queries < cold_queries and "Nous rejoindre" not in html
            before = redis.client().get(f"pannes:1:{GENERATION_KEY}")
            redis.kill()

            # Away: every page is built from the database, and the failure is logged once.
            for url in ("/", "/guides/", "/en/guides/", "/", "/guides/"):
                assert client.get(url).status_code == 200, url
            page = StandardPage(title="Nous rejoindre", slug="nous-rejoindre", show_in_menus=True)
            site_tree["home"].add_child(instance=page)
            page.save_revision().publish()
            html, outage_queries = menu(client)
            assert "Nous rejoindre" in html and outage_queries >= cold_queries
            assert len(unreachable_warnings(caplog)) == 1

            # Back with its old data (the old generation, the old menu): a new generation is
            # started, so the page published meanwhile shows, and the cache serves again.
            redis.start()
            time.sleep(redis_cache.RETRY_SECONDS)
            html, _queries = menu(client)
            assert "Nous rejoindre" in html
            assert redis.client().get(f"pannes:1:{GENERATION_KEY}") != before
            html, queries = menu(client)
            assert "Nous rejoindre" in html and queries == warm_queries
            assert any("reachable again" in record.getMessage() for record in caplog.records)
            assert len(unreachable_warnings(caplog)) == 1

            # Hung (it accepts connections but answers nothing): the read timeout, then a miss.
            redis.process.send_signal(signal.SIGSTOP)
            try:
                for url in ("/", "/guides/", "/"):
                    assert client.get(url).status_code == 200, url
            finally:
                redis.process.send_signal(signal.SIGCONT)
    finally:
        redis.stop()


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.mark.django_db
def test_postgresql_stopped_and_started(site_tree, tmp_path):
    postgres = PrivatePostgres()
    try:
        postgres.init()
        postgres.start()
        database_url = postgres.copy_database(connection.settings_dict)
        log = tmp_path / "gunicorn.log"
        with gunicorn_site(database_url, log) as (base, process):
            assert fetch(f"{base}/")[0] == 200
            assert fetch(f"{base}/guides/")[0] == 200

            postgres.stop()
            for path in ("/", "/guides/", "/en/guides/", "/page-inexistante/", "/guides/"):
                status, headers, body = fetch(f"{base}{path}")
                assert status == 503, (path, status)
                assert headers["Retry-After"] == "5" and headers["Cache-Control"] == "no-store"
                assert "Site momentanément indisponible" in body and "temporarily unavailable" in body

            postgres.start()
            back = time.monotonic()
            while fetch(f"{base}/guides/")[0] != 200:
                assert time.monotonic() - back < 5, "still not serving 5 s after PostgreSQL came back"
                time.sleep(0.1)
            assert fetch(f"{base}/")[0] == 200
            assert process.poll() is None  # the same gunicorn, never restarted
        logged = log.read_text()
        # Once for the outage, not once per request (nor by django.request, which mails ADMINS).
        assert logged.count("Database unavailable") == 1, logged
        assert "Service Unavailable" not in logged and "Internal Server Error" not in logged, logged
    finally:
        postgres.remove()
