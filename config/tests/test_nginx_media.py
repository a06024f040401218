"""Private files stay private through the real nginx of deploy/nginx/pair-a-pair.conf.

nginx runs in front of a Django live server with the production way of sending documents
(SENDFILE_BACKEND = config.sendfile_nginx, X-Accel-Redirect) and files stored on disk.
"""

import re
from urllib.parse import quote

import pytest
import requests
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.utils import sendfile as wagtail_sendfile

from config.tests.servers import nginx_proxy
from editorial.roles import CONSENT_COLLECTION_NAME

pytestmark = [pytest.mark.servers, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PROOF_BYTES = b"Preuve de consentement : Hortense Quibbleworth, signature.\n"


@pytest.fixture
def served_site(tmp_path, settings, live_server):
    media_root = tmp_path / "media"
    media_root.mkdir()
    settings.MEDIA_ROOT = media_root
    settings.SENDFILE_ROOT = media_root
    settings.SENDFILE_BACKEND = "config.sendfile_nginx"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(media_root), "base_url": "/media/"},
        },
    }
    wagtail_sendfile._get_sendfile.clear()
    upstream = "127.0.0.1:" + live_server.url.rsplit(":", 1)[1]
    with nginx_proxy(tmp_path / "nginx", media_root, upstream) as base_url:
        yield base_url, media_root
    wagtail_sendfile._get_sendfile.clear()


@pytest.fixture
def consent_proof(served_site):
    document = get_document_model().objects.create(
        title="Preuve Quibbleworth",
        collection=Collection.objects.get(name=CONSENT_COLLECTION_NAME),
        file=ContentFile(PROOF_BYTES, name="preuve-élodie quibbleworth.txt"),
    )
    return document


def session_for(client, user):
    client.force_login(user)
    session = requests.Session()
    session.cookies.set("sessionid", client.cookies["sessionid"].value)
    return session


def every_address(document, media_root):
    stored = document.file.name  # e.g. documents/preuve-élodie_quibbleworth.txt
    original = "preuve-élodie quibbleworth.txt"
    return [
        f"/media/{quote(stored)}",
        f"/media/{stored}",
        f"/media/documents/{quote(original)}",
        f"/media/images/../{quote(stored)}",
        f"/media/images/..%2F{quote(stored)}",
        f"/media/images/%2e%2e/{quote(stored)}",
        f"/_protected-media/{quote(stored)}",
        f"/_protected-media/{stored}",
        f"/documents/{document.pk}/{quote(document.filename)}",
    ]


def assert_no_byte(session, base_url, path):
    response = session.get(base_url + path, allow_redirects=True, timeout=30)
    assert PROOF_BYTES not in response.content, path
    assert b"Quibbleworth, signature" not in response.content, path
    return response


def test_stored_file_is_on_disk_where_nginx_would_find_it(consent_proof, served_site):
    _, media_root = served_site
    assert (media_root / consent_proof.file.name).read_bytes() == PROOF_BYTES


def test_anonymous_visitor_gets_no_byte_of_a_consent_proof(consent_proof, served_site):
    base_url, media_root = served_site
    session = requests.Session()
    for path in every_address(consent_proof, media_root):
        response = assert_no_byte(session, base_url, path)
        assert response.status_code in (400, 404) or "/login/?next=" in response.url, path


def test_writer_gets_no_byte_of_a_consent_proof(client, writer, consent_proof, served_site):
    base_url, media_root = served_site
    session = session_for(client, writer)
    for path in every_address(consent_proof, media_root):
        response = assert_no_byte(session, base_url, path)
        assert response.status_code in (400, 403, 404) or "/login/?next=" in response.url, path


def test_moderator_gets_the_bytes_through_x_accel_redirect(client, moderator, consent_proof, served_site):
    base_url, _ = served_site
    session = session_for(client, moderator)
    url = f"{base_url}/documents/{consent_proof.pk}/{quote(consent_proof.filename)}"
    response = session.get(url, allow_redirects=False, timeout=30)
    assert response.status_code == 200
    assert response.content == PROOF_BYTES
    assert "X-Accel-Redirect" not in response.headers
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"
    assert "no-store" in response.headers["Cache-Control"]


def test_django_answers_the_document_view_with_an_empty_x_accel_redirect(
    client, moderator, consent_proof, served_site
):
    client.force_login(moderator)
    response = client.get(f"/documents/{consent_proof.pk}/{consent_proof.filename}")
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/_protected-media/" + quote(consent_proof.file.name)
    assert response.content == b""


def test_image_renditions_stay_public(served_site):
    base_url, media_root = served_site
    (media_root / "images").mkdir()
    (media_root / "images" / "photo.fill-10x10.png").write_bytes(b"\x89PNG\r\n\x1a\nrendition")
    (media_root / "original_images").mkdir()
    (media_root / "original_images" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\noriginal")
    assert requests.get(f"{base_url}/media/images/photo.fill-10x10.png", timeout=30).content.endswith(
        b"rendition"
    )
    assert requests.get(f"{base_url}/media/original_images/photo.png", timeout=30).status_code == 404


def _upload(session, base_url, size):
    form = session.get(f"{base_url}/admin/documents/add/", timeout=30)
    assert form.status_code == 200, form.url
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    collection = Collection.objects.get(name="Documents publics").pk
    return session.post(
        f"{base_url}/admin/documents/add/",
        data={"csrfmiddlewaretoken": token, "title": "Gros fichier", "collection": collection},
        files={"file": ("gros-fichier.txt", b"a" * size, "text/plain")},
        headers={"Referer": f"{base_url}/admin/documents/add/"},
        allow_redirects=False,
        timeout=120,
    )


def test_upload_just_under_the_limit_passes_nginx_and_django(client, moderator, served_site, settings):
    base_url, _ = served_site
    session = session_for(client, moderator)
    response = _upload(session, base_url, settings.UPLOAD_MAX_MB * 1024 * 1024 - 8 * 1024)
    assert response.status_code == 302, response.text[:500]
    assert get_document_model().objects.filter(title="Gros fichier").exists()


def test_upload_over_the_limit_is_refused_by_nginx_with_a_clear_message(
    client, moderator, served_site, settings
):
    base_url, _ = served_site
    session = session_for(client, moderator)
    response = _upload(session, base_url, settings.UPLOAD_MAX_MB * 1024 * 1024 + 64 * 1024)
    assert response.status_code == 413
    assert f"Fichier trop volumineux : {settings.UPLOAD_MAX_MB} Mo au plus." in response.text
    assert f"File too large: {settings.UPLOAD_MAX_MB} MB at most." in response.text
    assert not get_document_model().objects.filter(title="Gros fichier").exists()
