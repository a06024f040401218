"""Personalisation: the employer's values and chosen missions land in every format; guidance;
invalid input never gives a 500 nor puts markup into a document; nothing is stored."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from job_descriptions.models import DownloadCount
from job_descriptions.tests.downloads_support import (  # noqa: F401
    READERS,
    assert_contains_all,
    convert_with_libreoffice,
    job_pages_fixture,
    normalise,
    pdf_text,
)

pytestmark = pytest.mark.django_db
LAM = "travailleur-pair-en-lam"


def url(page):
    return f"{page.url}personnaliser/"


def form_data(page, **changes):
    missions = [str(block.id) for block in page.missions]
    data = {
        "structure_name": "CCAS de Exemple",
        "structure_type": "ccas-cias",
        "town": "Exemple-sur-Isère",
        "setting": "Une équipe de six soignants et deux travailleurs sociaux, en centre-ville.",
        "working_time": "80 %",
        "contract": "Agent social contractuel, catégorie C",
        "pay": "Selon la grille du grade d'agent social",
        "apply_contact": "Direction du CCAS, recrutement@ccas-exemple.fr",
        "reporting_line": "Cheffe de service",
        "equal_opportunity": "on",
        "missions": missions,
        "support": ["supervision", "practice_analysis"],
        "lived_experience": page.lived_experience,
        "extra_text_1": "Animer un groupe de parole mensuel",
        "extra_kind_1": "collective",
        "format": "docx",
        "action": "download",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_form_is_prefilled_from_the_template(client, job_pages):
    page = job_pages[LAM]
    response = client.get(url(page))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    for block in page.missions:
        assert f'value="{block.id}" id="mission-' in html
    assert html.count('name="missions"') == len(page.missions)
    assert "CCAS / CIAS" in html
    assert 'name="setting"' in html and page.setting.split()[0] in html
    assert 'name="action" value="check"' in html and 'name="action" value="download"' in html


@pytest.mark.sqlite_smoke
@pytest.mark.parametrize("key", ["docx", "odt", "pdf"])
def test_personalised_file_holds_the_employer_values_and_kept_missions(client, job_pages, key):
    page = job_pages[LAM]
    dropped = [block for block in page.missions if block.value["kind"] == "technical"]
    kept = [block for block in page.missions if block.value["kind"] != "technical"]
    data = form_data(page, format=key, missions=[str(block.id) for block in kept])
    response = client.post(url(page), data)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith(("application/vnd", "application/pdf"))
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "ETag" not in response
    assert "CCAS%20de%20Exemple" in response["Content-Disposition"]
    text = READERS[key](response.content)
    assert_contains_all(
        text,
        [
            page.job_title,
            "CCAS de Exemple",
            "CCAS / CIAS",
            "Exemple-sur-Isère",
            "80 %",
            "Agent social contractuel, catégorie C",
            "Animer un groupe de parole mensuel",
            "Une équipe de six soignants et deux travailleurs sociaux, en centre-ville.",
        ],
    )
    # The employer's own description of the team replaces the template's.
    template_setting = " ".join(normalise(page.setting).split()[:6])
    assert template_setting and template_setting not in text
    assert_contains_all(text, [block.value["text"] for block in kept])
    assert dropped and all(normalise(block.value["text"]) not in text for block in dropped)
    # Support kept: supervision and practice analysis only.
    assert "Supervision" in text and "Tutorat" not in text
    assert DownloadCount.objects.get(personalised=True, file_format=key).count == 1


@pytest.mark.parametrize("key", ["docx", "odt"])
def test_personalised_file_opens_in_libreoffice_with_everything_in_place(client, job_pages, key):
    page = job_pages[LAM]
    response = client.post(url(page), form_data(page, format=key))
    text = pdf_text(convert_with_libreoffice(response.content, key))
    assert_contains_all(text, [page.job_title, "CCAS de Exemple", "80 %", "Animer un groupe de parole"])


def test_untouched_form_is_valid_for_every_template(client, job_pages):
    """The prefilled values (the template's own) always pass validation."""
    from job_descriptions.downloads.forms import PersonalisationForm

    for page in job_pages.values():
        initial = PersonalisationForm(page).initial
        data = {key: value for key, value in initial.items() if value is not None}
        data.update(structure_name="CCAS de Exemple", action="download")
        response = client.post(url(page), data)
        assert response["Content-Type"].startswith("application/vnd.openxml"), page.slug


def test_check_shows_guidance_and_keeps_the_form(client, job_pages):
    page = job_pages[LAM]
    technical_heavy = [str(block.id) for block in page.missions if block.value["kind"] == "technical"]
    data = form_data(
        page,
        action="check",
        missions=technical_heavy,
        support=["training"],
        lived_experience="",
        extra_text_1="Entretenir les locaux",
        extra_kind_1="technical",
    )
    response = client.post(url(page), data)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "Les tâches techniques (2) l&#x27;emportent sur les missions de relation (0)" in html
    assert "Ni supervision ni analyse de pratiques" in html
    assert "L&#x27;expérience de vie attendue n&#x27;est pas précisée" in html
    assert 'value="CCAS de Exemple"' in html and 'value="Entretenir les locaux"' in html


def test_balanced_choices_get_no_warning(client, job_pages):
    page = job_pages[LAM]
    html = client.post(url(page), form_data(page, action="check")).content.decode()
    assert "Rien à signaler" in html and "points à revoir" not in html
    assert "Vos choix sont vérifiés" in html


def test_live_guidance_answers_with_a_fragment(client, job_pages):
    page = job_pages[LAM]
    response = client.post(
        url(page), form_data(page, action="check", support=[]), headers={"X-Requested-With": "fetch"}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert "Ni supervision ni analyse de pratiques" in html
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


INVALID = {
    "empty": {"structure_name": ""},
    "too-long": {"structure_name": "x" * 10_000, "town": "é" * 10_000},
    "markup": {"structure_name": "<script>alert('x')</script>CCAS"},
    "markup-in-mission": {"extra_text_1": "<b>Mission</b> en gras"},
    "entity": {"contract": "CDI &lt;b&gt;"},
    "unknown-mission": {"missions": ["not-a-mission", "00000000-0000-0000-0000-000000000000"]},
    "unknown-format": {"format": "exe"},
    "unknown-kind": {"extra_kind_1": "manager"},
    "unknown-type": {"structure_type": "ministere"},
    "no-mission": {"missions": [], "extra_text_1": ""},
    "bad-date": {"apply_deadline": "31/02/2030"},
    "past-date": {"apply_deadline": "2001-01-01"},
    "unknown-status": {"status": "ministre"},
    "unknown-document": {"document": "tout"},
    "emoji": {"workplace": "Au centre 🏠"},
    "no-lived-experience": {"lived_experience": ""},
}


@pytest.mark.parametrize("case", INVALID, ids=list(INVALID))
def test_invalid_input_gives_messages_next_to_fields_and_no_file(client, job_pages, case):
    page = job_pages[LAM]
    response = client.post(url(page), form_data(page, **INVALID[case]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html"), "no file for invalid input"
    html = response.content.decode()
    assert "Le formulaire contient" in html and 'class="field__error"' in html
    assert (
        'aria-invalid="true"' in html
        or 'aria-describedby="id_missions_error"' in html
        or 'aria-describedby="id_format_error"' in html
        or 'aria-describedby="id_document_error"' in html
    )
    assert "<script>alert" not in html and "<b>Mission" not in html
    assert not DownloadCount.objects.exists()


def test_french_messages(client, job_pages):
    page = job_pages[LAM]
    html = client.post(url(page), form_data(page, structure_name="", town="x" * 500)).content.decode()
    assert "Indiquez le nom de votre structure." in html
    assert "au plus 100 caractères" in html


def test_control_characters_are_dropped_from_the_document(client, job_pages):
    page = job_pages[LAM]
    response = client.post(url(page), form_data(page, structure_name="CCAS\x0b de\x07 Exemple", format="odt"))
    assert response.status_code == 200
    assert "CCAS de Exemple" in READERS["odt"](response.content)


def test_get_with_parameters_and_other_methods_never_fail(client, job_pages):
    page = job_pages[LAM]
    assert client.get(url(page), {"missions": "x", "format": "exe"}).status_code == 200
    assert client.put(url(page)).status_code == 405
    assert client.post(url(page), {}).status_code == 200


def test_nothing_typed_is_stored(client, job_pages):
    page = job_pages[LAM]
    with CaptureQueriesContext(connection) as queries:
        client.post(url(page), form_data(page, format="odt"))
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert writes and all("job_descriptions_downloadcount" in sql for sql in writes)
    assert all("CCAS de Exemple" not in sql for sql in writes)


def test_nothing_typed_is_readable_in_the_shared_cache(client, job_pages, shared_redis):
    """The file kept for the same choices is in Redis, but neither its key nor its value reads as
    what was typed (the file name carries the structure's name)."""
    import redis
    from django.test.utils import override_settings

    page = job_pages[LAM]
    cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", **shared_redis}
    with override_settings(CACHES={"default": cache}):
        # Words found nowhere in the published page, whose own text is cached with it.
        typed = {
            "structure_name": "CCAS de Zorglub",
            "town": "Zorglub-sur-Isère",
            "apply_contact": "recrutement@ccas-zorglub.fr",
        }
        first = client.post(url(page), form_data(page, format="odt", **typed))
        assert "Zorglub" in first["Content-Disposition"]
        server = redis.Redis.from_url(shared_redis["LOCATION"])
        keys = list(server.scan_iter(f"{shared_redis['KEY_PREFIX']}:*"))
        kept = [key for key in keys if b"sealed:personalised-file:" in key]
        assert len(kept) == 1
        for key in keys:
            value = server.get(key) or b""
            assert b"Zorglub" not in key and b"Zorglub" not in value and b"zorglub" not in value
        again = client.post(url(page), form_data(page, format="odt", **typed))
        assert again.content == first.content and again["Content-Disposition"] == first["Content-Disposition"]


def test_the_form_posts_without_a_csrf_token_and_its_page_is_the_same_for_everyone(job_pages):
    """The form's page carries no token and sets no cookie; its post is answered without one (a
    forged post gets the forger's own file, unreadable to the forger). The check's answer, which
    shows what was typed, is never cached."""
    from django.test import Client

    page = job_pages[LAM]
    strict = Client(enforce_csrf_checks=True)
    form = strict.get(url(page))
    assert "csrfmiddlewaretoken" not in form.content.decode() and not form.cookies
    assert "no-cache" not in form.get("Cache-Control", "") and "private" not in form.get("Cache-Control", "")
    download = strict.post(url(page), form_data(page))
    assert download.status_code == 200 and download["Cache-Control"] == "private, no-store"
    checked = strict.post(url(page), form_data(page, action="check"))
    assert checked.status_code == 200 and "CCAS de Exemple" in checked.content.decode()
    assert "no-store" in checked["Cache-Control"]
    english = job_pages["en"]
    assert strict.post(f"{english.url}personalise/", form_data(english)).status_code == 200


def test_another_page_at_a_personalisation_address_keeps_the_csrf_check(site_tree):
    from django.test import Client

    from home.models import StandardPage

    parent = StandardPage(title="Essai", slug="essai-csrf")
    site_tree["home"].add_child(instance=parent)
    page = StandardPage(title="Personnaliser", slug="personnaliser")
    parent.add_child(instance=page)
    page.save_revision().publish()
    strict = Client(enforce_csrf_checks=True)
    assert strict.get("/essai-csrf/personnaliser/").status_code == 200
    assert strict.post("/essai-csrf/personnaliser/", {"structure_name": "x"}).status_code == 403


def test_the_form_is_served_from_the_page_cache(client, job_pages, page_cache):
    page = job_pages[LAM]
    first = client.get(url(page))
    again = client.get(url(page))
    assert first.status_code == again.status_code == 200
    assert again["X-Page-Cache"] == "hit" and again.content == first.content
    assert 'name="structure_name"' in again.content.decode()
