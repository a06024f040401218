"""The production settings' headers earn an A+ by Mozilla HTTP Observatory's rules
(config/tests/observatory.py), on the real home page served with config.settings.production
after the README's production start (`migrate`, `setup_site`)."""

import json

import pytest

from config.tests import observatory
from config.tests.test_settings import STRONG_KEY, run_manage

HOST = "pair-a-pair.fr"
FETCH = """
import json
from django.core.management import call_command
from django.conf import settings
from django.test import Client, override_settings
call_command("migrate", verbosity=0)
# Static files unversioned, so that no collectstatic is needed: the headers do not depend on it.
override_settings(STORAGES={{**settings.STORAGES, "staticfiles": {{
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}}}).enable()
# The README's production start: the empty site, without demo content or account.
call_command("setup_site", verbosity=0)
client = Client()
plain = client.get("/", HTTP_HOST="{host}")
page = client.get("/", secure=True, HTTP_HOST="{host}")
print("RESULT " + json.dumps({{
    "http": [plain.status_code, plain.get("Location", "")],
    "status": page.status_code,
    "headers": {{k.lower(): v for k, v in page.headers.items()}},
    "cookies": [
        {{"name": m.key, "secure": bool(m["secure"]), "httponly": bool(m["httponly"]),
          "samesite": m["samesite"]}} for m in page.cookies.values()
    ],
    "body": page.content.decode(),
}}))
"""


@pytest.fixture(scope="module")
def production_home(tmp_path_factory):
    database = tmp_path_factory.mktemp("observatory") / "db.sqlite3"
    result = run_manage(
        "shell",
        "-c",
        FETCH.format(host=HOST),
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS=HOST,
        REDIS_URL="redis://127.0.0.1:6379/13",
        DATABASE_URL=f"sqlite:///{database}",
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, result.stdout[-2000:] + result.stderr[-4000:]
    return json.loads(lines[-1].removeprefix("RESULT "))


def results_for(response):
    headers = response["headers"]
    hsts = "strict-transport-security" in headers
    return [
        observatory.csp_test(headers),
        observatory.cookies_test(response["cookies"], hsts),
        observatory.cors_test(headers),
        observatory.redirection_test(*response["http"], HOST),
        observatory.referrer_test(headers),
        observatory.hsts_test(headers),
        observatory.sri_test(headers, response["body"]),
        observatory.x_content_type_options_test(headers),
        observatory.x_frame_options_test(headers),
        observatory.corp_test(headers),
    ]


def test_production_home_page_gets_an_a_plus(production_home):
    assert production_home["status"] == 200
    results = results_for(production_home)
    total, grade = observatory.score(results)
    assert grade == "A+", (total, results)
    names = dict(results)
    assert "csp-implemented-with-no-unsafe-default-src-none" in names
    assert "redirection-to-https" in names
    assert "referrer-policy-private" in names
    assert "x-frame-options-implemented-via-csp" in names


def test_the_production_start_serves_the_home_at_its_real_address(production_home):
    # setup_site set the Wagtail Site from the public address (SITE_URL, here from ALLOWED_HOSTS).
    assert f'<link rel="canonical" href="https://{HOST}/">' in production_home["body"]
    assert f'hreflang="en" href="https://{HOST}/en/"' in production_home["body"]


def test_production_sends_a_permissions_policy(production_home):
    policy = production_home["headers"]["permissions-policy"]
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


@pytest.mark.parametrize(
    "policy, expected",
    [
        ("default-src 'self'; script-src 'self' 'unsafe-inline'", -20),
        ("default-src 'self'; script-src 'self' 'unsafe-eval'", -10),
        ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'", 0),
        ("script-src 'self'", -20),  # object-src unrestricted
        ("default-src 'self'", 5),
        ("default-src 'none'; script-src 'self'; style-src 'self'", 10),
    ],
)
def test_csp_rules(policy, expected):
    assert observatory.csp_test({"content-security-policy": policy})[1] == expected


def test_bonuses_count_only_from_90():
    assert observatory.score([("a", -20), ("b", 10)]) == (80, "B+")
    assert observatory.score([("a", -10), ("b", 10)]) == (100, "A+")
