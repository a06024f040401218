"""Factories for testimonies and their consent records, valid with the fewest fields.

`TestimonyPageFactory(parent=section)` creates a draft, records a covering consent
(`consent=False` for none, `consent__scope=[…]` to change it), then publishes it
(`publish=False` to keep the draft): a testimony goes live only with its consent. Names the
consent does not cover are confirmed on the way, as a moderator does when publishing
(`publish=False`, then `save_revision().publish()`, to meet the refusal instead).
"""

import datetime

import factory
from factory.django import DjangoModelFactory

from library.tests.factories import LibraryPageFactory
from testimonies.models import ConsentRecord, TestimonyPage
from testimonies.name_review import confirm_names, unconfirmed_names


class ConsentRecordFactory(DjangoModelFactory):
    class Meta:
        model = ConsentRecord

    given_by = "directrice de la structure"
    given_on = datetime.date(2026, 1, 15)
    scope = factory.LazyFunction(lambda: ["quotes", "structure_name"])
    anonymisation = "Les travailleurs pairs sont désignés par leur fonction."
    withdrawal_method = "Sur simple demande à l'adresse de contact du site."
    allowed_names = "Lyon"


def publish_confirming_names(page, create, extracted, **kwargs):
    """The `publish` post-generation hook: publish as a moderator would, confirming the names
    the consent does not cover; `publish=False` keeps the draft."""
    if create and extracted is not False:
        revision = page.save_revision()
        names = unconfirmed_names(page, revision)
        if names:
            confirm_names(page, revision, None, names)
        revision.publish()
        page.refresh_from_db()


class TestimonyPageFactory(LibraryPageFactory):
    __test__ = False  # a factory, not a test class

    class Meta:
        model = TestimonyPage

    title = factory.Sequence(lambda n: f"Témoignage numéro {n}")
    summary = "Une équipe raconte l'arrivée de deux travailleurs pairs."
    publication_date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n))
    structure_name = "Un CHRS de la région lyonnaise"
    structure_is_anonymised = True
    place = "Lyon"
    peer_roles = "Accueil et accompagnement vers le logement."
    context = "<p>Le contexte de l'équipe.</p>"
    actions = "<p>Ce que l'équipe a fait.</p>"
    outcomes = "<p>Ce qui a changé pour les personnes accueillies.</p>"
    quotes = factory.LazyFunction(list)

    # Post-generation, in this order: the consent, then the publication.
    consent = factory.RelatedFactory(ConsentRecordFactory, factory_related_name="page")
    publish = factory.PostGeneration(publish_confirming_names)


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
