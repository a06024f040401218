"""Wagtail's `publish_scheduled`, refusing testimonies that no active consent covers, or that show
names the consent does not cover and that no moderator confirmed for that revision.

Such a scheduled publication is cancelled (and logged: why, which names) instead of published:
the page stays in draft. The other scheduled items are published as usual.
"""

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Revision

from testimonies.consent import REFUSED_LOG_ACTION
from testimonies.models import TestimonyPage
from testimonies.name_review import names_problem, unconfirmed_names


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options.get("dryrun"):
            self.refuse_unconsented_testimonies()
        return super().handle(*args, **options)

    def refuse_unconsented_testimonies(self):
        due = Revision.page_revisions.filter(approved_go_live_at__lt=timezone.now())
        pages = TestimonyPage.objects.in_bulk([int(pk) for pk in due.values_list("object_id", flat=True)])
        for revision in due:
            page = pages.get(int(revision.object_id))
            if page is None:
                continue
            problems = page.consent_problems(revision=revision)
            names = [] if problems else unconfirmed_names(page, revision)
            if names:
                problems = [names_problem(names)]
            if not problems:
                continue
            revision.approved_go_live_at = None
            revision.save(update_fields=["approved_go_live_at"])
            log(
                instance=page,
                action=REFUSED_LOG_ACTION,
                revision=revision,
                data={"problems": problems, "names": names},
            )
            self.stderr.write(f"Publication programmée refusée pour « {page.title} » : {' '.join(problems)}")
