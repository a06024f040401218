"""Consent rules for testimonies: what covers a page, what publication needs, what withdrawal does.

A testimony and its translations form one family (one translation_key): a consent record attached
to any page of the family covers all of them, and a withdrawal takes all of them offline.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Collection, Revision
from wagtail.search.backends import get_search_backends_with_name

from core.templatetags.dates import long_date
from editorial.roles import CONSENT_COLLECTION_NAME

CONSENT_PERMISSION = "testimonies.view_consentrecord"
WITHDRAWAL_LOG_ACTION = "testimonies.consent_withdrawn"
# Log actions keep the names they were first recorded under.
REFUSED_LOG_ACTION = "editorial.scheduled_publication_refused"
PURGE_LOG_ACTION = "editorial.revisions_purged"


class ConsentRequired(PermissionDenied):
    """Raised when a testimony would go live without an active consent that covers it.

    A PermissionDenied, so a path that does not catch it answers 403 rather than 500.
    """

    def __init__(self, page, problems):
        self.page = page
        self.problems = list(problems)
        super().__init__(self.message)

    @property
    def message(self):
        return _("« %(title)s » ne peut pas être publié : %(problems)s") % {
            "title": self.page.title,
            "problems": " ".join(self.problems),
        }


def can_see_consent(user):
    """Moderators and administrators see consent records, their documents and withdrawn pages."""
    return bool(user and user.is_active and user.has_perm(CONSENT_PERMISSION))


def consent_collection():
    return Collection.objects.filter(name=CONSENT_COLLECTION_NAME).first()


def latest_withdrawal(records):
    dates = [record.withdrawn_at for record in records if record.withdrawn_at]
    return max(dates) if dates else None


def is_withdrawn(records):
    """True when the family's last consent event is a withdrawal (no consent recorded since)."""
    withdrawn_at = latest_withdrawal(records)
    if withdrawn_at is None:
        return False
    return not any(
        record.withdrawn_at is None and record.created_at and record.created_at > withdrawn_at
        for record in records
    )


def consent_problems(page, content=None, revision=None, records=None):
    """Why `content` (a version of `page`, by default the page itself) may not be published.

    An empty list means an active, complete consent covers every part the version shows.
    """
    content = content if content is not None else page
    records = list(page.consent_records()) if records is None else records
    active = [record for record in records if record.withdrawn_at is None]
    if not active:
        return [_("Aucun consentement actif n'est enregistré pour ce témoignage.")]
    problems = []
    for record in active:
        missing = record.missing_parts()
        if missing:
            problems.append(
                _("Le consentement donné par « %(by)s » est incomplet : %(missing)s.")
                % {"by": record.given_by or "?", "missing": ", ".join(str(m) for m in missing)}
            )
    scope = {item for record in active for item in (record.scope or [])}
    if len(content.quotes) and "quotes" not in scope:
        problems.append(_("Le texte cite des personnes, mais le consentement n'autorise pas les citations."))
    if not content.structure_is_anonymised and "structure_name" not in scope:
        problems.append(
            _("La structure est nommée, mais le consentement n'autorise pas la publication de son nom.")
        )
    if content.image_id and "photos" not in scope:
        problems.append(_("Une image est jointe, mais le consentement n'autorise pas les photos."))
    withdrawn_at = latest_withdrawal(records)
    created_at = revision.created_at if revision is not None else None
    if withdrawn_at and (created_at is None or created_at <= withdrawn_at):
        problems.append(
            _(
                "Un consentement a été retiré le %(date)s : seule une version modifiée depuis "
                "peut être publiée."
            )
            % {"date": long_date(withdrawn_at)}
        )
    return problems


def require_consent(page, content=None, revision=None):
    problems = consent_problems(page, content=content, revision=revision)
    if problems:
        raise ConsentRequired(page, problems)


def remove_from_search(page):
    """Delete the page from every search backend (`index.remove_object` would skip it: a withdrawn
    testimony no longer counts as indexable)."""
    for _name, backend in get_search_backends_with_name(with_auto_update=True):
        backend.delete(page)


def take_family_offline(pages, user=None, log_data=None):
    """Unpublish the pages of a family (`TestimonyPage.family_of`), cancel what could republish
    them, drop them from search."""
    with transaction.atomic():
        for page in pages:
            if page.live:
                UnpublishPageAction(page, user=user, log_action=True).execute(skip_permission_checks=True)
            Revision.page_revisions.filter(object_id=str(page.pk)).update(approved_go_live_at=None)
            workflow_state = page.current_workflow_state
            if workflow_state is not None:
                workflow_state.cancel(user=user)
            remove_from_search(page)
            if log_data is not None:
                log(instance=page, action=WITHDRAWAL_LOG_ACTION, user=user, data=log_data)
