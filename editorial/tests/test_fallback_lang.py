"""On a partly translated English page, every passage still shown in French carries lang="fr":
whole fields, the French paragraphs of a rich text translated in part, the French parts of a
block, the items of a list, and what a job description derives from its missions."""

import re
from html import unescape

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.strings import StringValue

from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory

pytestmark = pytest.mark.django_db


def translate(page, english, translations, on_commit):
    """The English translation of `page`, published, with only the strings `translations` maps
    (French text -> English) translated."""
    with on_commit(execute=True):
        TranslationCreator(None, [english]).create_translations(page)
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=english)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        text = StringValue(segment.string.data).render_text()
        if text in translations:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=english,
                context_id=segment.context_id,
                data=StringValue.from_plaintext(translations[text]).data
                if "<" not in segment.string.data
                else segment.string.data.replace(text, translations[text]),
            )
    with on_commit(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(english)


def main(client, page):
    html = unescape(client.get(page.url).content.decode())
    return html.split("<main", 1)[1].split("</main>", 1)[0]


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


def test_untranslated_fields_are_marked_french(
    client, site_tree, english, django_capture_on_commit_callbacks
):
    guide = PracticeGuidePageFactory(
        parent=site_tree["sections"]["guide"],
        title="Accueillir un pair",
        summary="Un résumé resté en français.",
        for_whom="Les équipes qui recrutent.",
    )
    page = translate(
        guide,
        english,
        {"Accueillir un pair": "Welcoming a peer", "Les équipes qui recrutent.": "Teams who hire."},
        django_capture_on_commit_callbacks,
    )

    html = main(client, page)
    assert "<h1>Welcoming a peer</h1>" in html
    assert '<p class="lead" lang="fr">Un résumé resté en français.</p>' in html
    assert "<p>Teams who hire.</p>" in html
    assert 'lang="fr"' not in main(client, guide)

    listing = main(client, site_tree["sections"]["guide"].get_translation(english))
    card = listing.split("Welcoming a peer", 1)[1]
    assert card.split("</article>", 1)[0].count('lang="fr"') == 1, "the card's title is translated"
    assert '<p class="card__summary" lang="fr">Un résumé resté en français.</p>' in card


def test_a_rich_text_and_a_block_translated_in_part(
    client, site_tree, english, django_capture_on_commit_callbacks
):
    guide = PracticeGuidePageFactory(
        parent=site_tree["sections"]["guide"],
        title="Recruter",
        body=[
            {"type": "paragraph", "value": "<p>Premier paragraphe.</p><p>Second <b>paragraphe</b>.</p>"},
            {
                "type": "quote",
                "value": {"quote": "Nous avons appris.", "role": "cheffe de service", "name": ""},
            },
            {
                "type": "steps",
                "value": {
                    "title": "Les étapes",
                    "steps": [
                        {"title": "Préparer", "text": "Avec l'équipe."},
                        {"title": "Embaucher", "text": ""},
                    ],
                },
            },
        ],
    )
    page = translate(
        guide,
        english,
        {
            "Recruter": "Hiring",
            "Premier paragraphe.": "First paragraph.",
            "Nous avons appris.": "We learnt.",
            "Les étapes": "The steps",
            "Préparer": "Prepare",
        },
        django_capture_on_commit_callbacks,
    )

    html = main(client, page)
    assert "<p>First paragraph.</p>" in html
    assert '<p lang="fr">Second <b>paragraphe</b>.</p>' in html
    assert "<p>We learnt.</p>" in html
    assert '<span lang="fr">cheffe de service</span>' in html
    assert "<h3>The steps</h3>" in html and '<p class="steps__title">Prepare</p>' in html
    assert '<p lang="fr">Avec l\'équipe.</p>' in html
    assert '<p class="steps__title" lang="fr">Embaucher</p>' in html, "a list item left in French"


def partly_translated_job(site_tree, english, on_commit):
    job = JobDescriptionPageFactory(
        parent=site_tree["sections"]["fiche-de-poste"],
        title="Fiche travailleur pair",
        job_title="Travailleur pair",
        missions=[
            {
                "type": "mission",
                "value": {
                    "kind": "relational",
                    "text": "Aller vers les personnes",
                    "activities": ["Maraudes de jour"],
                    "skills": [{"kind": "practical", "text": "Écoute active"}],
                },
            },
            {"type": "mission", "value": {"kind": "accompaniment", "text": "Accompagner vers le soin"}},
        ],
        activities=[{"type": "item", "value": "Réunions d'équipe"}],
        vigilance=[{"type": "item", "value": "Protéger le temps de supervision"}],
    )
    page = translate(
        job,
        english,
        {
            "Fiche travailleur pair": "Peer worker template",
            "Travailleur pair": "Peer worker",
            "Aller vers les personnes": "Reaching out",
            "Réunions d'équipe": "Team meetings",
            "Temps plein": "Full time",
        },
        on_commit,
    )
    return job, page


def test_a_job_description_marks_its_french_passages(
    client, site_tree, english, django_capture_on_commit_callbacks
):
    job, page = partly_translated_job(site_tree, english, django_capture_on_commit_callbacks)
    html = main(client, page)
    assert "<dd>Peer worker</dd>" in html
    assert '<dd lang="fr">Une équipe pluridisciplinaire.</dd>' in html
    assert "<li>Reaching out</li>" in html
    assert '<li lang="fr">Accompagner vers le soin</li>' in html
    assert "<li>Team meetings</li>" in html
    assert '<li lang="fr">Maraudes de jour</li>' in html, "an activity of a mission"
    assert '<li lang="fr">Écoute active</li>' in html, "a skill of a mission"
    assert '<li lang="fr">Savoir expérientiel</li>' in html
    assert '<p lang="fr">Une expérience de la rue, proche du public et consolidée.</p>' in html
    assert "<td>Full time</td>" in html and '<td lang="fr">CDI</td>' in html
    assert '<span lang="fr">Mensuelle</span>' in html
    assert '<li lang="fr">Protéger le temps de supervision</li>' in html
    assert 'lang="fr"' not in main(client, job)

    form = unescape(client.get(page.url + "personalise/").content.decode())
    form = form.split("<main", 1)[1]
    assert "<h1>Peer worker</h1>" in form
    assert re.search(r'<label for="mission-accompaniment-1" lang="fr">Accompagner vers le soin</label>', form)
    assert re.search(r'<label for="mission-relational-1">Reaching out</label>', form)
    assert '<span lang="fr">Maraudes de jour</span>' in form
    assert re.search(r'<div lang="fr"><textarea name="setting"', form), "a French value in a form field"


def test_the_downloaded_files_mark_their_french_passages(
    site_tree, english, django_capture_on_commit_callbacks
):
    """DOCX w:lang on the run, ODT a text style with the language, PDF /Lang on the structure
    element: for an untranslated passage only, and nothing on the French template."""
    import io
    import zipfile

    from pypdf import PdfReader

    from job_descriptions.downloads.content import build_document
    from job_descriptions.downloads.docx_writer import render_docx
    from job_descriptions.downloads.odt_writer import render_odt
    from job_descriptions.downloads.pdf_writer import render_pdf

    job, page = partly_translated_job(site_tree, english, django_capture_on_commit_callbacks)
    document = build_document(page)
    assert document.parts("Accompagner vers le soin") == [("Accompagner vers le soin", "fr")]
    assert document.parts("Reaching out") == [("Reaching out", "")]

    docx = zipfile.ZipFile(io.BytesIO(render_docx(document))).read("word/document.xml").decode()
    french_runs = re.findall(r'<w:r><w:rPr><w:lang w:val="fr-FR"/></w:rPr><w:t[^>]*>([^<]*)</w:t>', docx)
    assert "Accompagner vers le soin" in french_runs and "CDI" in french_runs
    assert "Reaching out" not in french_runs and "Peer worker" not in french_runs

    odt = zipfile.ZipFile(io.BytesIO(render_odt(document))).read("content.xml").decode()
    style = re.search(
        r'<style:style style:name="(Language_fr)" style:family="text"[^>]*>(.*?)</style:style>', odt
    )
    assert style and 'fo:language="fr"' in style.group(2)
    french_spans = re.findall(r'<text:span text:style-name="Language_fr">([^<]*)</text:span>', odt)
    assert "Accompagner vers le soin" in french_spans and "Reaching out" not in french_spans

    reader = PdfReader(io.BytesIO(render_pdf(document)))
    assert str(reader.trailer["/Root"]["/Lang"]) == "en"
    languages = []

    def walk(element):
        element = element.get_object()
        if "/Lang" in element:
            languages.append(str(element["/Lang"]))
        kids = element.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    assert "fr" in languages and set(languages) == {"fr"}

    french = build_document(job)
    assert "w:lang" not in zipfile.ZipFile(io.BytesIO(render_docx(french))).read("word/document.xml").decode()
    assert "Language_fr" not in zipfile.ZipFile(io.BytesIO(render_odt(french))).read("content.xml").decode()
