"""An admin session idle for ADMIN_IDLE_TIMEOUT seconds ends."""

import time

import pytest

from accounts.middleware import LAST_ADMIN_ACTIVITY

pytestmark = pytest.mark.django_db


def set_last_activity(client, seconds_ago):
    session = client.session
    session[LAST_ADMIN_ACTIVITY] = int(time.time()) - seconds_ago
    session.save()


def test_an_idle_admin_session_is_logged_out(client, writer, settings):
    client.force_login(writer)
    assert client.get("/admin/pages/").status_code == 200
    set_last_activity(client, settings.ADMIN_IDLE_TIMEOUT + 5)

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/?next=/admin/pages/")
    assert "_auth_user_id" not in client.session
    page = client.get(response.url)
    assert "inactivité" in page.content.decode()


def test_an_active_admin_session_stays_open(client, writer, settings):
    client.force_login(writer)
    client.get("/admin/pages/")
    set_last_activity(client, settings.ADMIN_IDLE_TIMEOUT - 60)
    assert client.get("/admin/pages/").status_code == 200
    assert client.session[LAST_ADMIN_ACTIVITY] >= int(time.time()) - 2
