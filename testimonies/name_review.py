"""Names a testimony version shows that its consent does not cover, and the moderator's confirmation.

Such a version goes live only once a moderator has confirmed, for that very revision, every name
in it (ticking "Je confirme…" in the editor or in the approval form). The confirmation is an
entry of the page history (who, when, which names); publishing without it is refused on every
path, scheduled publishing included (`TestimonyPage.publish` and `save`).
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter, log
from wagtail.models import PageLogEntry

from testimonies.anonymisation import names_to_check, normalise
from testimonies.consent import ConsentRequired

NAMES_CONFIRMED_LOG_ACTION = "testimonies.names_confirmed"
# Form fields: the confirmation box, and the names the moderator was shown.
CONFIRM_FIELD = "confirm_uncovered_names"
SEEN_FIELD = "uncovered_names_seen"


def uncovered_names_of(page, revision=None, content=None, records=None):
    """Names of people and places that `revision` of `page` (or `content`, by default the page
    itself) shows and that the family's active consent does not cover."""
    if content is None:
        content = page.with_content_json(revision.content) if revision is not None else page
    records = list(page.consent_records()) if records is None else records
    return names_to_check(content, records=records)


def confirmations(page_ids=None, revision_ids=None):
    """{revision id: set of normalised names confirmed for it}, in one query."""
    entries = PageLogEntry.objects.filter(
        action=NAMES_CONFIRMED_LOG_ACTION, revision_id__in=revision_ids or []
    )
    if page_ids is not None:
        entries = entries.filter(page_id__in=page_ids)
    confirmed = {}
    for revision_id, data in entries.values_list("revision_id", "data"):
        names = (data or {}).get("names", [])
        confirmed.setdefault(revision_id, set()).update(normalise(name) for name in names)
    return confirmed


def unconfirmed_names(page, revision=None, content=None, records=None, confirmed=None):
    """The uncovered names of that version that no moderator has confirmed for `revision`."""
    names = uncovered_names_of(page, revision, content=content, records=records)
    if not names:
        return []
    if confirmed is None:
        confirmed = (
            confirmations([page.pk], [revision.pk]).get(revision.pk, set())
            if revision is not None and page.pk
            else set()
        )
    return [name for name in names if normalise(name) not in confirmed]


def confirm_names(page, revision, user, names):
    """Record in the page history that `user` confirmed publishing `names` in `revision`."""
    return log(
        instance=page,
        action=NAMES_CONFIRMED_LOG_ACTION,
        user=user,
        revision=revision,
        data={"names": list(names)},
    )


def confirm_if_asked(page, revision, user, confirmed, seen):
    """Confirm the version's names when the moderator ticked the box and was shown every one of
    them (`seen`); returns the names still awaiting a confirmation."""
    names = unconfirmed_names(page, revision)
    if not names:
        return []
    shown = {normalise(name) for name in seen}
    if confirmed and all(normalise(name) in shown for name in names):
        confirm_names(page, revision, user, names)
        return []
    return names


def names_problem(names):
    return _(
        "ces noms de personnes ou de lieux ne sont pas couverts par le consentement et leur "
        "publication n'a pas été confirmée : %(names)s. Cochez « Je confirme… » après les avoir "
        "vérifiés, remplacez-les par un rôle, ou ajoutez-les aux noms autorisés du consentement."
    ) % {"names": ", ".join(names)}


class NamesNotConfirmed(ConsentRequired):
    def __init__(self, page, names):
        self.names = list(names)
        super().__init__(page, [names_problem(self.names)])


def require_names_confirmed(page, revision=None, content=None):
    names = unconfirmed_names(page, revision, content=content)
    if names:
        raise NamesNotConfirmed(page, names)


class NamesConfirmedFormatter(LogFormatter):
    label = gettext_lazy("Noms confirmés pour publication")

    def format_message(self, log_entry):
        names = (log_entry.data or {}).get("names", [])
        return _("Publication confirmée de noms non couverts par le consentement : %(names)s") % {
            "names": ", ".join(names)
        }


class PublicationRefusedFormatter(LogFormatter):
    label = gettext_lazy("Publication programmée refusée")

    def format_message(self, log_entry):
        problems = (log_entry.data or {}).get("problems") or [
            _("aucun consentement actif ne couvre la page.")
        ]
        return _("Publication programmée refusée, la page reste en brouillon : %(problems)s") % {
            "problems": " ".join(problems)
        }
