"""Whatever is sent to the personalisation form, never a 500: very long values, control characters,
NUL bytes, invalid choices, missing fields, emoji, directional marks, 200-character words, lists
where one value is expected, broken UTF-8. The answer is the form with its messages, or a file that
opens."""

import random

import pytest

from job_descriptions.downloads.forms import PersonalisationForm
from job_descriptions.tests.downloads_support import READERS, job_pages_fixture  # noqa: F401
from job_descriptions.tests.test_downloads_personalise import LAM, form_data, url

pytestmark = pytest.mark.django_db
NASTY = {
    "very-long": "é" * 20_000,
    "controls": "a\x01\x02\x1b[31m\x7f\x9b\x85b\u2028c",
    "nul": "CCAS\x00 de\x00 Exemple",
    "emoji": "Équipe 🤝🏽 👩\u200d👩\u200d👧",
    "directional": "\u202eCCAS\u202c \u200fمركز\u200f \u2067x\u2069",
    "long-word": "x" * 200,
    "blank": " \t\n ",
    "invalid-choice": "not-a-choice",
    "markup": "<script>alert(1)</script>",
    "date-like": "31/02/2030",
}
FILE_TYPES = ("application/vnd", "application/pdf")


@pytest.fixture(name="page")
def page_fixture(job_pages, settings):
    settings.DOWNLOADS_PERSONALISED_PER_CLIENT = 10_000  # the fuzzing is one visitor
    return job_pages[LAM]


def field_names(page):
    return list(PersonalisationForm(page).fields) + ["action"]


def check(response, key="docx"):
    """The form (with its messages), or a file that opens."""
    assert response.status_code == 200, response.status_code
    if response["Content-Type"].startswith("text/html"):
        assert b"<form" in response.content
        return "form"
    assert response["Content-Type"].startswith(FILE_TYPES), response["Content-Type"]
    text = READERS[key](response.content)
    assert text and "\x00" not in text and "\x1b" not in text
    return "file"


@pytest.mark.parametrize("value", NASTY, ids=list(NASTY))
def test_every_field_at_once(client, page, value):
    data = dict.fromkeys(field_names(page), NASTY[value])
    for action in ("download", "check"):
        check(client.post(url(page), {**data, "action": action}))
    live = client.post(url(page), data, headers={"X-Requested-With": "fetch"})
    assert live.status_code == 200 and b"<html" not in live.content


@pytest.mark.parametrize("key", ["docx", "odt", "pdf"])
def test_valid_but_strange_values_make_files_that_open(client, page, key):
    strange = {
        name: NASTY["directional"] + " " + NASTY["long-word"] for name in ("workplace", "schedule", "pay")
    }
    strange.update(structure_name=NASTY["nul"], town=NASTY["controls"], apply_contact=NASTY["long-word"])
    assert check(client.post(url(page), form_data(page, format=key, **strange)), key) == "file"


def test_random_fields_with_random_nasty_values_and_missing_fields(client, page):
    picker = random.Random(2026)
    names = field_names(page)
    outcomes = set()
    for _ in range(60):
        data = form_data(page, format=picker.choice(["docx", "odt", "docx", "pdf", "exe"]))
        for name in picker.sample(names, 3):
            data[name] = NASTY[picker.choice(list(NASTY))]
        for name in picker.sample(names, picker.randint(0, 4)):
            data.pop(name, None)
        if picker.random() < 0.2:  # a list where one value is expected
            data[picker.choice(names)] = ["a", "b"]
        outcomes.add(check(client.post(url(page), data), data.get("format") or "docx"))
    assert outcomes == {"form", "file"}


def test_each_field_missing_in_turn(client, page):
    complete = form_data(page)
    for name in field_names(page):
        data = {key: value for key, value in complete.items() if key != name}
        check(client.post(url(page), data))


def test_broken_encodings_and_oversized_bodies_are_refused_cleanly(client, page, settings):
    for body in (b"structure_name=%FF%FE%00&action=download&format=docx", b"\xff\xfe=\x00", b"%%%="):
        response = client.post(url(page), body, content_type="application/x-www-form-urlencoded")
        assert response.status_code in (200, 400), response.status_code
    for count in (5_000, settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1):  # a long list, then too many fields
        too_many = "&".join(f"missions={number}" for number in range(count))
        response = client.post(url(page), too_many, content_type="application/x-www-form-urlencoded")
        assert response.status_code == (200 if count == 5_000 else 400)
    response = client.post(
        url(page), "structure_name=" + "x" * 4_000_000, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 400)
    response = client.post(url(page), "{}", content_type="application/json")
    assert response.status_code == 200
