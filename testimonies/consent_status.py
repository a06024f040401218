"""What a testimony's consent covers, what it lacks, and whether the version can go live.

One status for the editor panel and the dashboard: "actif" only when every publication rule
passes (an active, complete consent whose scope covers what the version shows, and no name it
does not cover left unconfirmed); otherwise the status says what blocks publication.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from testimonies.consent import consent_problems, is_withdrawn
from testimonies.name_review import confirmations, unconfirmed_names


@dataclass
class ConsentStatus:
    covers: list = field(default_factory=list)  # labels of what the consent allows to publish
    excludes: list = field(default_factory=list)  # labels of what it does not allow
    allowed_names: list = field(default_factory=list)
    problems: list = field(default_factory=list)  # what blocks publication
    names: list = field(default_factory=list)  # uncovered names awaiting a moderator's confirmation
    withdrawn: bool = False

    @property
    def publishable(self):
        return not self.problems and not self.names

    @property
    def label(self):
        if self.withdrawn:
            return _("retiré")
        if self.problems:
            return _("bloqué")
        if self.names:
            return _("noms à confirmer")
        return _("actif")

    @property
    def summary(self):
        """One line: what is covered, then what is missing or blocks publication."""
        parts = [_("couvre : %(items)s") % {"items": ", ".join(self.covers) if self.covers else _("rien")}]
        if self.excludes:
            parts.append(_("ne couvre pas : %(items)s") % {"items": ", ".join(self.excludes)})
        if self.problems:
            parts.append(" ".join(self.problems))
        if self.names:
            parts.append(_("noms non couverts à confirmer : %(names)s") % {"names": ", ".join(self.names)})
        return " — ".join(parts)


def consent_status(page, content=None, revision=None, records=None, confirmed=None):
    """The status of `content` (a version of `page`, by default the page) with `revision`."""
    from testimonies.models import ConsentScope

    content = content if content is not None else page
    records = list(page.consent_records()) if records is None else records
    complete = [record for record in records if record.withdrawn_at is None and not record.missing_parts()]
    scope = {item for record in complete for item in (record.scope or [])}
    problems = consent_problems(page, content=content, revision=revision, records=records)
    return ConsentStatus(
        covers=[str(label) for value, label in ConsentScope.choices if value in scope],
        excludes=[str(label) for value, label in ConsentScope.choices if value not in scope],
        allowed_names=list(dict.fromkeys(name for record in complete for name in record.allowed_name_list())),
        problems=problems,
        names=[]
        if problems
        else unconfirmed_names(page, revision, content=content, records=records, confirmed=confirmed),
        withdrawn=is_withdrawn(records),
    )


def review_queue_statuses(pages):
    """{page id: ConsentStatus of its latest revision} for the testimonies among `pages`
    (plain `Page` objects), in four queries whatever their number."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Revision

    from testimonies.models import ConsentRecord, TestimonyPage

    testimony_type = ContentType.objects.get_for_model(TestimonyPage).pk
    ids = [page.pk for page in pages if page.content_type_id == testimony_type]
    if not ids:
        return {}
    testimonies = TestimonyPage.objects.in_bulk(ids)
    revisions = Revision.objects.in_bulk(
        [page.latest_revision_id for page in testimonies.values() if page.latest_revision_id]
    )
    records = {}
    keys = {page.translation_key for page in testimonies.values()}
    for record in ConsentRecord.objects.of_families(keys).select_related("page"):
        records.setdefault(record.page.translation_key, []).append(record)
    confirmed = confirmations(ids, list(revisions))
    statuses = {}
    for pk, page in testimonies.items():
        revision = revisions.get(page.latest_revision_id)
        # Not `with_content_json`: it reads the locale, the parent and the comments of each page.
        content = (
            TestimonyPage.from_serializable_data(revision.content, check_fks=False, strict_fks=False)
            if revision is not None
            else page
        )
        statuses[pk] = consent_status(
            page,
            content=content,
            revision=revision,
            records=records.get(page.translation_key, []),
            confirmed=confirmed.get(revision.pk, set()) if revision is not None else set(),
        )
    return statuses
