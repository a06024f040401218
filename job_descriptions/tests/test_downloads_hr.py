"""A job description HR can send as it is: the employer's choices hold everywhere in the document
(dependent activities and skills, counted technical tasks), the HR fields appear only when filled,
the candidate version carries no employer notes, and every format keeps what was typed."""

import io
import re
import zipfile

import pytest
from docx import Document
from pypdf import PdfReader

from job_descriptions.downloads.files import filenames
from job_descriptions.tests.downloads_support import (  # noqa: F401
    READERS,
    assert_contains_all,
    job_pages_fixture,
    normalise,
    pdf_pages,
    pdf_width_and_right_edge,
)
from job_descriptions.tests.test_downloads_personalise import LAM, form_data, url

pytestmark = pytest.mark.django_db
OUTINGS = "démarches extérieures"
DEPENDENT = [
    "Accompagnements à l'extérieur",  # activity of the outings mission
    "planifier les accompagnements extérieurs",  # skill of the outings mission
    "Temps de supervision",  # activity of the supervision
    "Séances d'analyse de pratiques",  # activity of the practice analysis
]
HR_FIELDS = {
    "workplace": "12 rue de l'Exemple, Grenoble",
    "functional_link": "L'infirmière coordinatrice",
    "schedule": "Du lundi au vendredi, 9 h - 17 h",
    "status": "fpt-contractuel",
    "classification": "Agent social, premier grade",
    "start_date": "1er mars 2030",
    "apply_deadline": "2030-01-31",
}
HR_LABELS = ["Lieu de travail", "Lien fonctionnel", "Horaires", "Grade ou classification", "Prise de poste"]


def choices(page, **changes):
    """The LAM choices of the report: no outings, no supervision nor practice analysis, three
    more technical tasks."""
    kept = [str(block.id) for block in page.missions if OUTINGS not in block.value["text"]]
    data = form_data(page, missions=kept, support=["training", "tutoring"])
    for number in (1, 2, 3):
        data[f"extra_text_{number}"] = f"Tâche technique ajoutée {number}"
        data[f"extra_kind_{number}"] = "technical"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def post(client, page, **changes):
    response = client.post(url(page), choices(page, **changes))
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("key", ["docx", "odt", "pdf"])
def test_unticked_missions_and_support_take_their_lines_and_technical_tasks_are_counted(
    client, job_pages, key
):
    page = job_pages[LAM]
    response = post(client, page, format=key, **HR_FIELDS)
    assert not response["Content-Type"].startswith("text/html"), response.content[:300]
    text = READERS[key](response.content)
    for line in DEPENDENT + ["seule tâche technique", OUTINGS]:
        assert normalise(line) not in text, line
    missions = len(page.missions) - 1 + 3
    assert f"4 tâches techniques sur {missions} missions." in text
    # The lines of the missions kept are still there.
    assert_contains_all(text, ["Service des repas, selon le planning du service.", "règles d'hygiène"])
    # HR fields: present when filled; the employer's notes are not in the candidate's document.
    assert_contains_all(text, [*HR_FIELDS.values()][:3] + ["31 janvier 2030", "Pour candidater"])
    assert_contains_all(text, ["Fonction publique territoriale : agent contractuel", "Modèle : Pair à pair"])
    for absent in ["Points de vigilance", "Version du", "à compléter", "Conseils"]:
        assert absent not in text, absent


@pytest.mark.parametrize("key", ["docx", "odt", "pdf"])
def test_empty_fields_are_left_out_never_filled_from_the_template(client, job_pages, key):
    page = job_pages[LAM]
    empty = dict.fromkeys(
        ["setting", "working_time", "contract", "pay", "reporting_line", "apply_contact"], ""
    )
    response = post(client, page, format=key, town="", equal_opportunity="", **empty)
    text = READERS[key](response.content)
    for label in HR_LABELS + ["Temps de travail", "Contrat", "Rémunération", "Commune", "Cadre et équipe"]:
        assert label not in text, label
    for template_text in (page.working_time, page.contract, page.pay, page.setting, page.reporting_line):
        assert normalise(template_text)[:40] not in text
    assert "Conditions de travail" not in text and "Pour candidater" not in text
    assert "sans discrimination" not in text


def test_an_emptied_lived_experience_is_required_next_to_the_field(client, job_pages):
    response = post(client, job_pages[LAM], lived_experience="  ")
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert 'id="id_lived_experience_error"' in html and "c&#x27;est elle qui fonde le poste" in html


def test_the_notes_hold_the_vigilance_and_the_advice(client, job_pages):
    page = job_pages[LAM]
    response = post(client, page, document="notes", format="odt", pay="")
    text = READERS["odt"](response.content)
    assert "notes pour l'employeur" in text.lower()
    assert_contains_all(text, ["Points de vigilance", "Ni supervision ni analyse"])
    assert_contains_all(
        text, [block.value for block in page.vigilance] + ["La rémunération n'est pas indiquée"]
    )
    assert "Non prévu" in text and "Supervision" in text
    assert "Notes pour l" in response["Content-Disposition"]


def test_typed_line_breaks_are_kept_in_every_format(client, job_pages):
    page = job_pages[LAM]
    lines = {"setting": "Première ligne du cadre\nDeuxième ligne du cadre", "apply_contact": "Mme A\nCCAS B"}
    docx = Document(io.BytesIO(post(client, page, format="docx", **lines).content))
    assert "Première ligne du cadre\nDeuxième ligne du cadre" in [p.text for p in docx.paragraphs]
    assert "Mme A\nCCAS B" in [cell.text for table in docx.tables for row in table.rows for cell in row.cells]
    odt = zipfile.ZipFile(io.BytesIO(post(client, page, format="odt", **lines).content)).read("content.xml")
    assert "Première ligne du cadre<text:line-break/>Deuxième ligne du cadre" in odt.decode()
    pdf = "\n".join(pdf_pages(post(client, page, format="pdf", **lines).content))
    assert re.search(r"Première ligne du cadre\s*\n\s*Deuxième ligne du cadre", pdf)


def test_docx_footer_numbers_pages_with_valid_fields(client, job_pages):
    data = post(client, job_pages[LAM], format="docx").content
    footer = zipfile.ZipFile(io.BytesIO(data)).read("word/footer1.xml").decode()
    assert "fldSimple" not in footer
    assert re.findall(r"<w:instrText[^>]*> (\w+) </w:instrText>", footer) == ["PAGE", "NUMPAGES"]
    # Each field character sits in its own run (begin, separate, end), as the schema wants.
    assert footer.count("<w:r>") >= 5 and len(re.findall(r"<w:r><w:rPr>.*?</w:rPr><w:fldChar", footer)) == 6
    assert "page" in normalise(Document(io.BytesIO(data)).sections[0].footer.paragraphs[0].text)


def test_pdf_is_tagged_pdf_ua_with_language_title_and_headings(client, job_pages):
    page = job_pages[LAM]
    reader = PdfReader(io.BytesIO(post(client, page, format="pdf").content))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "fr" and root["/MarkInfo"]["/Marked"]
    assert b"pdfuaid:part" in root["/Metadata"].get_data()
    assert page.job_title in reader.metadata.title
    kinds = set()

    def walk(node, depth=0):
        node = node.get_object()
        if hasattr(node, "get") and node.get("/S"):
            kinds.add(str(node["/S"]))
        children = node.get("/K", []) if hasattr(node, "get") else []
        for child in children if isinstance(children, list) else [children]:
            if depth < 30 and hasattr(child.get_object(), "get"):
                walk(child, depth + 1)

    walk(root["/StructTreeRoot"])
    assert {"/H1", "/H2", "/L", "/Table"} <= kinds


def test_emoji_are_refused_with_a_message_and_long_words_stay_in_the_page(client, job_pages):
    page = job_pages[LAM]
    html = post(client, page, extra_text_1="Accueillir 🤝 les personnes").content.decode()
    assert "ne peuvent pas être imprimés" in html and "🤝" in html
    word = "x" * 200
    response = post(client, page, format="pdf", structure_name="y" * 150, setting=word, apply_contact=word)
    assert response["Content-Type"] == "application/pdf"
    page_width, right_edge, boxes = pdf_width_and_right_edge(response.content)
    assert right_edge is not None and right_edge <= page_width - 40  # inside the 2 cm margin, roughly
    assert "x" * 40 in boxes


def test_file_names_are_cut_at_a_word_boundary():
    name = (
        "Fiche de poste – Travailleur·se pair·e en lits d'accueil médicalisés – " + "accueil des 25 ans " * 8
    )
    ascii_name, unicode_name = filenames(name, ".pdf")
    assert len(unicode_name) <= 124 and unicode_name.endswith(("ans.pdf", "accueil.pdf", "des.pdf", "25.pdf"))
    assert name.startswith(unicode_name[:-4]) and ascii_name.startswith(
        "Fiche de poste - Travailleur-se pair-e"
    )
    assert filenames("x" * 300, ".odt")[1] == "x" * 120 + ".odt"


def test_english_personalisation_is_english(client, job_pages):
    page = job_pages["en"]
    data = choices(page, format="docx")
    data["missions"] = [
        str(block.id) for block in page.missions if "errands outside" not in block.value["text"]
    ]
    text = READERS["docx"](client.post(url(page), data).content)
    assert "Accompanying people outside" not in text and "Good organisation to plan" not in text
    assert "4 technical tasks out of 12 missions." in text and "Template: Pair à pair" in text
    assert "only technical task" not in text and "Points to watch" not in text


def test_docx_and_odt_declare_language_title_headings_and_header_columns(client, job_pages):
    page = job_pages[LAM]
    docx_data = post(client, page, format="docx").content
    document = Document(io.BytesIO(docx_data))
    assert document.core_properties.language == "fr-FR" and page.job_title in document.core_properties.title
    assert {"Title", "Heading 1", "Heading 2"} <= {p.style.name for p in document.paragraphs}
    body = zipfile.ZipFile(io.BytesIO(docx_data)).read("word/document.xml").decode()
    looks = re.findall(r"<w:tblLook [^>]*>", body)
    assert looks and all('w:firstColumn="1"' in look and 'w:firstRow="0"' in look for look in looks)
    odt = zipfile.ZipFile(io.BytesIO(post(client, page, format="odt").content))
    content, meta = odt.read("content.xml").decode(), odt.read("meta.xml").decode()
    assert "<dc:language>fr-FR</dc:language>" in meta and page.job_title in meta
    assert content.count("<table:table-header-columns>") == content.count("<table:table ")
    assert '<text:h text:outline-level="1"' in content and '<text:h text:outline-level="2"' in content


def test_in_every_template_each_mission_and_support_takes_its_dependent_lines(job_pages):
    from job_descriptions.downloads.content import Personalisation, build_document

    checked = 0
    for page in job_pages.values():
        missions = [str(block.id) for block in page.missions]
        kinds = tuple({block.value["kind"] for block in page.support})
        full = Personalisation(structure_name="S", mission_ids=tuple(missions), support_kinds=kinds)
        full_text = build_document(page, full).all_text()
        for block in [*page.missions, *page.support]:
            lines = list(block.value["activities"]) + [
                skill["text"] for skill in block.value.get("skills", [])
            ]
            if not lines:
                continue
            if block in page.missions:
                without = Personalisation(
                    structure_name="S",
                    mission_ids=tuple(m for m in missions if m != str(block.id)),
                    support_kinds=kinds,
                )
            else:
                others = tuple(kind for kind in kinds if kind != block.value["kind"])
                without = Personalisation(
                    structure_name="S", mission_ids=tuple(missions), support_kinds=others
                )
            text = build_document(page, without).all_text()
            for line in lines:
                assert line in full_text and line not in text, (page.slug, line)
                checked += 1
    assert checked >= 20


def test_the_form_says_what_goes_with_each_mission(client, job_pages):
    html = client.get(url(job_pages[LAM])).content.decode().replace("&#x27;", "'")
    hint = re.search(r'id="(mission-accompaniment-\d+-hint)">([^<]*)<', html)
    assert hint and DEPENDENT[0] in hint.group(2) and DEPENDENT[1] in hint.group(2)
    assert f'aria-describedby="{hint.group(1)}"' in html


def test_the_template_page_lists_the_dependent_activities_and_skills(client, job_pages):
    html = client.get(job_pages[LAM].url).content.decode().replace("&#x27;", "'")
    for line in DEPENDENT[:2] + ["Service des repas, selon le planning du service.", "Réunions d'équipe"]:
        assert line in html, line
