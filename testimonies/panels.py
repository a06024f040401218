"""Editor panels of a testimony: what its consent covers, what blocks publication, which names
the consent does not cover (with the box a moderator ticks to confirm them when publishing)."""

from django.urls import reverse
from wagtail.admin.panels import HelpPanel

from testimonies.consent import can_see_consent
from testimonies.consent_status import consent_status
from testimonies.name_review import CONFIRM_FIELD, SEEN_FIELD, uncovered_names_of


class ConsentStatusPanel(HelpPanel):
    """Everyone sees whether the page can be published, what the consent covers and which names
    to check; only moderators see the consent records themselves."""

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            user = getattr(self.request, "user", None)
            context["can_see_consent"] = can_see_consent(user)
            context["is_saved"] = page.pk is not None
            if page.pk is None:
                return context
            records = list(page.consent_records().select_related("document"))
            context["records"] = records if context["can_see_consent"] else []
            context["has_active_consent"] = any(record.is_active for record in records)
            status = consent_status(page, content=page, revision=page.latest_revision, records=records)
            context["status"] = status
            context["is_withdrawn"] = status.withdrawn
            context["problems"] = status.problems
            context["names"] = uncovered_names_of(page, content=page, records=records)
            context["names_to_confirm"] = status.names
            context["can_confirm_names"] = bool(
                user and status.names and page.permissions_for_user(user).can_publish()
            )
            context["confirm_field"] = CONFIRM_FIELD
            context["seen_field"] = SEEN_FIELD
            if context["can_see_consent"]:
                context["add_url"] = reverse("wagtailsnippets_testimonies_consentrecord:add") + (
                    f"?page={page.pk}"
                )
            return context
