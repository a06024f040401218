"""Delete the stored versions of testimonies withdrawn longer ago than the retention period."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Revision
from wagtail_localize.models import String, StringSegment, TranslationSource

from testimonies.consent import PURGE_LOG_ACTION, is_withdrawn, latest_withdrawal
from testimonies.models import ConsentRecord, TestimonyPage


def withdrawn_families(cutoff):
    """Translation keys of testimony families withdrawn before `cutoff` and not consented since."""
    withdrawn = ConsentRecord.objects.filter(withdrawn_at__lt=cutoff).values("page__translation_key")
    records = ConsentRecord.objects.of_families(withdrawn).select_related("page")
    families = {}
    for record in records:
        families.setdefault(record.page.translation_key, []).append(record)
    return [
        key for key, family in families.items() if is_withdrawn(family) and latest_withdrawal(family) < cutoff
    ]


def purge_family(translation_key):
    """Delete every revision and translation snapshot of the family; the audit log stays."""
    deleted = 0
    with transaction.atomic():
        for page in TestimonyPage.family_of(translation_key):
            if page.live:
                continue
            revisions = Revision.page_revisions.filter(object_id=str(page.pk))
            count = revisions.count()
            if count:
                revisions.delete()
                deleted += count
                log(instance=page, action=PURGE_LOG_ACTION, data={"revisions": count})
        sources = TranslationSource.objects.filter(object_id=translation_key)
        segments = StringSegment.objects.filter(source__in=sources)
        string_ids = list(segments.values_list("string_id", flat=True))
        sources.delete()
        String.objects.filter(pk__in=string_ids, segments__isnull=True).delete()
    return deleted


class Command(BaseCommand):
    help = (
        "Efface les versions des témoignages dont le consentement a été retiré depuis plus que le "
        "délai de conservation (WITHDRAWN_TESTIMONY_RETENTION_DAYS)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Délai de conservation en jours (par défaut : le réglage du site).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Affiche sans rien effacer.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.WITHDRAWN_TESTIMONY_RETENTION_DAYS if days is None else days
        cutoff = timezone.now() - datetime.timedelta(days=max(days, 0))
        keys = withdrawn_families(cutoff)
        if dry_run:
            for key in keys:
                titles = ", ".join(page.title for page in TestimonyPage.family_of(key))
                self.stdout.write(f"À effacer : {titles}")
            self.stdout.write(f"{len(keys)} témoignage(s) retiré(s) depuis plus de {days} jours.")
            return
        deleted = sum(purge_family(key) for key in keys)
        self.stdout.write(
            f"{deleted} version(s) effacée(s) pour {len(keys)} témoignage(s) retiré(s) depuis plus de "
            f"{days} jours."
        )
