"""A withdrawn testimony with everything the admin can show about it, for the lockdown tests.

The French testimony was written by a writer, reviewed through the consent workflow and published
by a moderator, translated into English with wagtail-localize, then its consent was withdrawn.
Each string below appears in nothing else, so a response that contains one shows the testimony or
its consent to whoever receives it.
"""

import datetime
from dataclasses import dataclass, fields

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Locale
from wagtail_localize.models import OverridableSegment, StringSegment, Translation, TranslationSource

from demo.translation import translate_page
from editorial.roles import MODERATOR, WRITER
from editorial.tests.factories import UserFactory
from library.models import LibraryRelatedLink
from testimonies.models import ConsentRecord, TestimonyPage
from testimonies.tests.factories import ConsentRecordFactory, TestimonyPageFactory
from testing.database import LAYERS, site_tree

TITLE_TOKEN = "Vexillographe-Brindavoine"
SUMMARY_TOKEN = "Zanzibarille-Sommaire"
GIVER = "Quibbleworth-consent-giver"
CONSENT_MARKERS = {
    "given_by": GIVER,
    "anonymisation": "Masquer Pifpaf-Anonymat",
    "withdrawal_method": "Écrire à Xylophorix-Retrait",
    "allowed_names": "Vrillac-Autorise",
}
DOCUMENT_TITLE = "Preuve Quibbleworth-document"
# What no writer and no anonymous visitor may ever receive (compared case-insensitively).
SECRETS = [
    TITLE_TOKEN,
    SUMMARY_TOKEN,
    GIVER,
    "Pifpaf-Anonymat",
    "Xylophorix-Retrait",
    "Vrillac-Autorise",
    "Quibbleworth-document",
    "preuve-quibbleworth",
]
# What searches ask for: a part of a secret, so the echo of the query is no leak.
SEARCH_WORDS = ["Vexillographe", "Quibbleworth"]
CONTROL_TITLE = "Témoignage Mirabelleraie-visible"


@dataclass
class Scene:
    section: object
    french: TestimonyPage
    english: TestimonyPage
    control: TestimonyPage
    record: ConsentRecord
    document: object
    image: object
    source: TranslationSource
    translation: Translation

    def refresh(self):
        self.french = TestimonyPage.objects.get(pk=self.french.pk)
        self.english = TestimonyPage.objects.get(pk=self.english.pk)
        return self


def _english_copy(page):
    english = TestimonyPage()
    for name in (
        "slug",
        "publication_date",
        "structure_name",
        "structure_is_anonymised",
        "place",
        "peer_roles",
        "context",
        "actions",
        "outcomes",
        "quotes",
    ):
        setattr(english, name, getattr(page, name))
    english.title = f"A testimony from {TITLE_TOKEN}"
    english.summary = f"Summary {SUMMARY_TOKEN}"
    english.search_description = f"Description {SUMMARY_TOKEN}"
    return english


def _through_the_workflow(page, writer, moderator):
    """The writer submits the page; a moderator approves it, which publishes it."""
    workflow_state = page.get_workflow().start(page, writer)
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")


def build_scene(site_tree, writer, moderator, withdraw=True):
    section = site_tree["sections"]["temoignage"]
    library = Collection.objects.get(name="Documents publics")
    image = get_image_model().objects.create(
        title="Photo de l'équipe", collection=library, file=get_test_image_file("equipe.png")
    )
    french = TestimonyPageFactory(
        parent=section,
        title=f"Témoignage {TITLE_TOKEN}",
        slug="temoignage-vexillographe-brindavoine",
        summary=f"Résumé {SUMMARY_TOKEN}",
        search_description=f"Description {SUMMARY_TOKEN}",
        consent=False,
        publish=False,
        owner=writer,
        image=image,
    )
    french.save_revision(user=writer)
    document = get_document_model().objects.create(
        title=DOCUMENT_TITLE,
        collection=Collection.objects.get(name="Consentements"),
        file=ContentFile(b"preuve", name="preuve-quibbleworth.txt"),
    )
    record = ConsentRecordFactory(
        page=french,
        scope=["quotes", "structure_name", "photos"],
        document=document,
        recorded_by=moderator,
        # The tokens name the structure in both languages: the consent allows them.
        **{
            **CONSENT_MARKERS,
            "allowed_names": "\n".join([CONSENT_MARKERS["allowed_names"], TITLE_TOKEN, SUMMARY_TOKEN]),
        },
    )
    _through_the_workflow(french, writer, moderator)
    french = TestimonyPage.objects.get(pk=french.pk)

    english = translate_page(french, _english_copy(french), moderator).specific
    english.save_revision(user=writer)
    english.get_workflow().start(english, writer)
    english = TestimonyPage.objects.get(pk=english.pk)
    english.locked, english.locked_by, english.locked_at = True, moderator, timezone.now()
    english.save(update_fields=["locked", "locked_by", "locked_at"])

    control = TestimonyPageFactory(parent=section, title=CONTROL_TITLE, owner=writer)
    LibraryRelatedLink.objects.create(source_page=control, page=french)
    control.save_revision(user=writer)

    if withdraw:
        record.withdraw(user=moderator, when=timezone.now() - datetime.timedelta(minutes=1))
    source = TranslationSource.objects.get(object_id=french.translation_key)
    translation = Translation.objects.get(source=source, target_locale=Locale.objects.get(language_code="en"))
    return Scene(
        section=section,
        french=french,
        english=english,
        control=control,
        record=record,
        document=document,
        image=image,
        source=source,
        translation=translation,
    ).refresh()


def segment_ids(scene):
    string = StringSegment.objects.filter(source=scene.source).values_list("pk", flat=True).first()
    overridable = OverridableSegment.objects.filter(source=scene.source).values_list("pk", flat=True).first()
    return string, overridable


def build_lockdown_scene():
    """The scene with its writer and moderator, built once for the lockdown tests (a database
    layer): primary keys only, each test fetches its own instances."""
    writer = UserFactory(username="redactrice", role=WRITER)
    moderator = UserFactory(username="moderatrice", role=MODERATOR)
    scene = build_scene(site_tree(), writer, moderator)
    keys = {field.name: getattr(scene, field.name).pk for field in fields(Scene)}
    return {"scene": keys, "writer": writer.pk, "moderator": moderator.pk}


LAYERS.register("lockdown_scene", build_lockdown_scene)
