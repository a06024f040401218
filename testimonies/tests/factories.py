"""Builders for testimonies and their consent records, valid with the fewest fields."""

import datetime
import itertools

from testimonies.models import ConsentRecord, TestimonyPage

_counter = itertools.count(1)


def add_consent(page, **overrides):
    values = {
        "given_by": "directrice de la structure",
        "given_on": datetime.date(2026, 1, 15),
        "scope": ["quotes", "structure_name"],
        "anonymisation": "Les travailleurs pairs sont désignés par leur fonction.",
        "withdrawal_method": "Sur simple demande à l'adresse de contact du site.",
        "allowed_names": "Lyon",
    }
    values.update(overrides)
    return ConsentRecord.objects.create(page=page, **values)


def make_testimony(parent, title=None, consent=True, publish=True, quotes=None, **fields):
    """A testimony under `parent`, created as a draft; with `consent`, a covering consent record
    is recorded before `publish` publishes it."""
    number = next(_counter)
    values = {
        "title": title or f"Témoignage numéro {number}",
        "summary": "Une équipe raconte l'arrivée de deux travailleurs pairs.",
        "publication_date": datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
        "structure_name": "Un CHRS de la région lyonnaise",
        "structure_is_anonymised": True,
        "place": "Lyon",
        "peer_roles": "Accueil et accompagnement vers le logement.",
        "context": "<p>Le contexte de l'équipe.</p>",
        "actions": "<p>Ce que l'équipe a fait.</p>",
        "outcomes": "<p>Ce qui a changé pour les personnes accueillies.</p>",
        "quotes": quotes or [],
    }
    values.update(fields)
    page = TestimonyPage(live=False, **values)
    parent.add_child(instance=page)
    if consent:
        add_consent(page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def quote(text="Nous avons appris à travailler autrement.", role="cheffe de service", name=""):
    return ("quote", {"quote": text, "role": role, "name": name})


def editor_form_data(page, action=None, **overrides):
    """The testimony editor's POST data for `page`, with `action` ("action-publish"…)."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "publication_date": page.publication_date.isoformat(),
        "structure_name": page.structure_name,
        "structure_is_anonymised": "on" if page.structure_is_anonymised else "",
        "place": page.place,
        "period": page.period,
        "peer_roles": page.peer_roles,
        "peer_status": page.peer_status,
        "context": rich_text(page.context),
        "actions": rich_text(page.actions),
        "outcomes": rich_text(page.outcomes),
        "key_figures": streamfield([]),
        "quotes": streamfield([("quote", block.value) for block in page.quotes]),
        "lessons": streamfield([]),
        "sources": streamfield([]),
        "related_links": inline_formset([]),
    }
    data.update(overrides)
    if action:
        data[action] = action.removeprefix("action-")
    return nested_form_data(data)
