"""E-mail through a real SMTP server (aiosmtpd on a free port of 127.0.0.1), and what happens
when the server is down."""

import logging
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from config.tests.servers import free_port
from testimonies.tests.factories import TestimonyPageFactory

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    try:
        yield inbox
    finally:
        controller.stop()


def body(message):
    return message.get_body(preferencelist=("plain", "html")).get_content()


def test_admin_password_reset_arrives(client, moderator, smtp_server):
    response = client.post("/admin/password_reset/", {"email": moderator.email})
    assert response.status_code == 302
    assert len(smtp_server.messages) == 1
    recipients, message = smtp_server.messages[0]
    assert recipients == [moderator.email]
    assert "/admin/password_reset/confirm/" in body(message)


def test_a_submitted_page_notifies_the_moderators(site_tree, writer, moderator, smtp_server):
    page = TestimonyPageFactory(
        parent=site_tree["sections"]["temoignage"], title="Un témoignage à relire", publish=False
    )
    page.save_revision(user=writer)
    page.get_workflow().start(page, writer)
    to_moderator = [m for recipients, m in smtp_server.messages if moderator.email in recipients]
    assert to_moderator, [r for r, _ in smtp_server.messages]
    assert "Un témoignage à relire" in to_moderator[0]["Subject"] + body(to_moderator[0])
    assert writer.email not in [r for recipients, _ in smtp_server.messages for r in recipients]


def test_password_reset_with_the_smtp_server_down_is_logged_as_an_error(client, moderator, settings, caplog):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()  # nothing listens there
    with caplog.at_level(logging.ERROR):
        response = client.post("/admin/password_reset/", {"email": moderator.email})
    # Django answers as for an unknown address (no account enumeration) but logs the failure at
    # ERROR: it reaches the server's log, the ADMINS' mail handler and Sentry when configured.
    assert response.status_code == 302
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name == "django.contrib.auth"]
    assert errors and errors[0].exc_info
    assert "password reset" in errors[0].getMessage().lower()


def test_admins_and_addresses_come_from_the_environment():
    from config.tests.test_settings import run_manage

    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.ADMINS, s.SERVER_EMAIL, s.EMAIL_PORT, s.EMAIL_USE_TLS)",
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        ADMINS="Équipe technique <tech@pair-a-pair.example>, veille@pair-a-pair.example",
        SERVER_EMAIL="erreurs@pair-a-pair.example",
        EMAIL_PORT="587",
        EMAIL_USE_TLS="true",
    )
    assert result.stdout.strip().splitlines()[-1] == (
        "[('Équipe technique', 'tech@pair-a-pair.example'), "
        "('veille@pair-a-pair.example', 'veille@pair-a-pair.example')] "
        "erreurs@pair-a-pair.example 587 True"
    ), result.stderr


@pytest.mark.parametrize("dsn, active", [("", "False"), ("http://cle@127.0.0.1:9/1", "True")])
def test_sentry_is_on_only_with_a_dsn(dsn, active):
    from config.tests.test_settings import STRONG_KEY, run_manage

    result = run_manage(
        "shell",
        "-c",
        "import sentry_sdk; c = sentry_sdk.get_client(); "
        "print(c.is_active(), c.options.get('send_default_pii'))",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="pair-a-pair.fr",
        REDIS_URL="redis://127.0.0.1:6379/13",
        SENTRY_DSN=dsn,
    )
    last = result.stdout.strip().splitlines()[-1]
    assert last.split()[0] == active, result.stderr
    if active == "True":
        assert last.split()[1] == "False"
