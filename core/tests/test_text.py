"""The words of a StreamField value, as the reading time counts them."""

from django.utils import translation
from wagtail import blocks

from core.text import stream_text
from job_descriptions.blocks import MissionBlock
from library.blocks import BodyBlock


def test_every_text_of_every_block_and_no_markup():
    stream = BodyBlock().to_python(
        [
            {"type": "heading", "value": {"text": "Avant de recruter", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Un <b>premier</b> paragraphe.</p><p>Un second.</p>"},
            {"type": "checklist", "value": {"title": "À vérifier", "items": ["Le budget", "L'équipe"]}},
            {
                "type": "steps",
                "value": {"title": "", "steps": [{"title": "Préparer", "text": "Réunir l'équipe."}]},
            },
        ]
    )
    words = stream_text(stream).split()
    assert "<b>" not in stream_text(stream) and "paragraphe.Un" not in stream_text(stream)
    for word in ("Avant", "recruter", "premier", "paragraphe.", "second.", "budget", "Préparer", "l'équipe."):
        assert word in words


def test_a_choice_counts_as_its_label():
    stream = blocks.StreamBlock([("mission", MissionBlock())]).to_python(
        [{"type": "mission", "value": {"kind": "accompaniment", "text": "Aller vers"}}]
    )
    with translation.override("fr"):
        assert stream_text(stream).split() == ["Accompagnement", "Aller", "vers"]
