"""Editor panels of a testimony: consent status, and names the consent does not cover."""

from django.urls import reverse
from wagtail.admin.panels import HelpPanel

from testimonies.anonymisation import names_to_check
from testimonies.consent import can_see_consent, consent_problems, is_withdrawn


class ConsentStatusPanel(HelpPanel):
    """Everyone sees whether the page can be published and which names to check; only moderators
    see the consent records themselves."""

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
            context["is_withdrawn"] = is_withdrawn(records)
            context["problems"] = consent_problems(
                page, content=page, revision=page.latest_revision, records=records
            )
            context["names"] = names_to_check(page, records=records)
            if context["can_see_consent"]:
                context["add_url"] = reverse("wagtailsnippets_testimonies_consentrecord:add") + (
                    f"?page={page.pk}"
                )
            return context
