"""The published files: each format opens with an independent reader and holds the whole template;
HTTP headers, names with accents, 304 on a repeated request, cache until republication."""

import io
import re
from urllib.parse import unquote

import pytest
from docx import Document

from job_descriptions.downloads import pdf_engine, pdf_writer
from job_descriptions.downloads.files import PublishedFiles
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.models import DownloadCount
from job_descriptions.tests.downloads_support import (  # noqa: F401
    READERS,
    assert_contains_all,
    convert_with_libreoffice,
    docx_headings,
    filename_star,
    job_pages_fixture,
    mission_texts,
    normalise,
    pdf_pages,
    pdf_text,
)

pytestmark = pytest.mark.django_db
LAM = "travailleur-pair-en-lam"


def download(client, page, key, **headers):
    return client.get(f"{page.url}telecharger/{key}/", **headers)


@pytest.mark.sqlite_smoke
@pytest.mark.parametrize("key", ["docx", "odt", "pdf"])
def test_each_format_holds_the_whole_template(client, job_pages, key):
    for slug, page in job_pages.items():
        if slug == "en":
            continue
        response = download(client, page, key)
        assert response.status_code == 200, (slug, response.status_code)
        assert response["Content-Type"] == FORMATS[key].content_type
        text = READERS[key](response.content)
        assert_contains_all(
            text,
            [
                page.job_title,
                "Missions",
                "Conditions de travail",
                "Soutien au poste",
                "Points de vigilance pour l'employeur",
                page.working_time,
                page.contract,
                "Pair à pair",
                page.full_url,
                "Version du",
            ],
        )
        assert_contains_all(text, mission_texts(page))
        assert_contains_all(text, [block.value for block in page.vigilance])
        # Missions are grouped under their kind's heading.
        assert "Relation et lien" in text and "Tâches techniques" in text


def test_docx_uses_real_headings_and_bullets(client, job_pages):
    data = download(client, job_pages[LAM], "docx").content
    headings = docx_headings(data)
    assert ("Title", job_pages[LAM].job_title) in headings
    assert ("Heading 1", "Missions") in headings
    assert ("Heading 2", "Relation et lien") in headings
    document = Document(io.BytesIO(data))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert set(mission_texts(job_pages[LAM])) <= set(bullets)
    assert document.core_properties.language == "fr-FR"
    conditions = document.tables[-1]
    assert [row.cells[0].text for row in conditions.rows][:2] == ["Lieu de travail", "Temps de travail"]


@pytest.mark.sqlite_smoke
def test_english_page_gives_an_english_document(client, job_pages):
    page = job_pages.get("en")
    assert page is not None, "the demo has an English job description"
    for key in FORMATS:
        response = download(client, page, key)
        assert response.status_code == 200
        text = READERS[key](response.content)
        assert_contains_all(text, [page.job_title, page.full_url])
        assert_contains_all(text, mission_texts(page))
        assert "Working conditions" in text and "Conditions de travail" not in text
        assert "Fiche de poste" not in text
    assert "Job description" in unquote(filename_star(response["Content-Disposition"]))


def test_filenames_keep_accents_with_an_ascii_fallback(client, job_pages):
    response = download(client, job_pages[LAM], "odt")
    header = response["Content-Disposition"]
    assert header.startswith("attachment; ")
    ascii_name = header.split('filename="')[1].split('"')[0]
    assert ascii_name.isascii() and ascii_name.endswith(".odt")
    assert "medicalises" in ascii_name
    assert unquote(filename_star(header)) == (
        "Fiche de poste – Travailleur·se pair·e en lits d'accueil médicalisés.odt"
    )


def test_repeated_download_of_an_unchanged_page_is_a_304(client, job_pages):
    page = job_pages[LAM]
    first = download(client, page, "docx")
    assert first["ETag"] and first["Last-Modified"]
    assert "no-cache" in first["Cache-Control"]
    again = download(client, page, "docx", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again["ETag"] == first["ETag"]
    since = download(client, page, "docx", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    other_format = download(client, page, "odt", HTTP_IF_NONE_MATCH=first["ETag"])
    assert other_format.status_code == 200
    # Only real downloads are counted, not revalidations.
    assert sum(DownloadCount.objects.values_list("count", flat=True)) == 2


def test_cached_until_the_page_is_published_again(client, job_pages, django_assert_max_num_queries):
    page = job_pages[LAM]
    first = download(client, page, "docx")
    # Wagtail's routing (site, locale, page path) + view restrictions + one counter UPDATE.
    with django_assert_max_num_queries(14):
        cached = download(client, page, "docx")
    assert cached.content == first.content
    page.job_title = "Travailleuse paire en LAM, nouvelle version"
    page.save_revision().publish()
    page.refresh_from_db()
    after = download(client, page, "docx", HTTP_IF_NONE_MATCH=first["ETag"])
    assert after.status_code == 200 and after["ETag"] != first["ETag"]
    assert "nouvelle version" in READERS["docx"](after.content)


def test_a_draft_does_not_change_the_published_file(client, job_pages):
    page = job_pages[LAM]
    first = download(client, page, "odt")
    page.job_title = "Brouillon non publié"
    page.save_revision()
    again = download(client, page, "odt")
    assert again["ETag"] == first["ETag"]
    assert "Brouillon" not in READERS["odt"](again.content)


@pytest.mark.parametrize(
    "path", ["telecharger/xls/", "telecharger/DOCX/", "telecharger/", "telecharger/docx/x/"]
)
def test_unknown_formats_are_not_found(client, job_pages, path):
    assert client.get(job_pages[LAM].url + path).status_code == 404


def test_download_only_answers_get_and_head(client, job_pages):
    url = f"{job_pages[LAM].url}telecharger/pdf/"
    assert client.post(url).status_code == 405
    head = client.head(url)
    assert head.status_code == 200 and head["Content-Type"] == "application/pdf"


def test_without_weasyprint_pdf_is_unavailable_and_the_others_work(client, job_pages, monkeypatch):
    monkeypatch.setattr(pdf_engine, "_weasyprint", lambda: None)
    page = job_pages[LAM]
    response = download(client, page, "pdf")
    assert response.status_code == 503
    assert "indisponible" in response.content.decode()
    html = client.get(page.url).content.decode()
    assert "format indisponible pour le moment" in html
    assert f'href="{page.url}telecharger/pdf/"' not in html
    assert download(client, page, "docx").status_code == 200
    assert download(client, page, "odt").status_code == 200
    form = client.get(f"{page.url}personnaliser/").content.decode()
    assert 'value="pdf"' not in form


def test_pdf_never_fetches_another_host(job_pages):
    from job_descriptions.downloads.content import build_document

    job = build_document(job_pages[LAM])
    fetcher = pdf_engine._fetcher_class()(allowed_protocols=("data",))
    for url in ("https://example.org/font.woff2", "http://127.0.0.1/x.css", "file:///etc/passwd"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert normalise(job.title) in pdf_text(pdf_writer.render_pdf(job))


def test_detail_page_shows_buttons_with_size_preview_and_main_call_to_action(client, job_pages):
    page = job_pages[LAM]
    # The files are made once published, and again when another test of the same process has
    # removed them (a new version): their sizes show from the next request on.
    client.get(page.url)
    html = client.get(page.url).content.decode()
    assert f'<a class="button" href="{page.url}personnaliser/">Personnaliser la fiche</a>' in html
    for key in FORMATS:
        assert f'href="{page.url}telecharger/{key}/"' in html
    assert html.count("environ ") >= 3 and "Kio" in html
    assert "Aperçu de la structure du document" in html
    assert "Relation et lien" in html


def test_detail_page_reads_sizes_and_outline_from_the_cache(client, job_pages, django_assert_max_num_queries):
    page = job_pages[LAM]
    client.get(page.url)
    with django_assert_max_num_queries(45):
        assert client.get(page.url).status_code == 200
    # Made once (the immediate task backend of the tests), kept in the storage with their sizes.
    stored = PublishedFiles(page).stored_summary()
    assert set(stored["sizes"]) == set(FORMATS) and stored["outline"]


@pytest.mark.parametrize("extension", ["docx", "odt"])
def test_libreoffice_converts_the_file(client, job_pages, extension):
    page = job_pages[LAM]
    data = download(client, page, extension).content
    converted = convert_with_libreoffice(data, extension)
    pages = pdf_pages(converted)
    assert len(pages) > 1
    for number, page_text in enumerate(pages, start=1):  # the footer's fields are computed on every page
        assert f"page {number} sur {len(pages)}" in normalise(page_text), (number, page_text[-300:])
    # The footer of each page lands in the middle of a paragraph cut by a page break: drop it.
    footer = r"Pair à pair — \S+ — Version du \w+ \w+ \d{4} · page \d+ sur \d+"
    text = normalise(re.sub(footer, " ", pdf_text(converted)))
    assert_contains_all(text, [page.job_title, "Conditions de travail"])
    assert_contains_all(text, mission_texts(page))
