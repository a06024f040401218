from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from editorial.roles import (
    ADMINISTRATOR,
    CONSENT_COLLECTION_NAME,
    MODERATOR,
    REVIEW_WORKFLOW,
    ROLES,
    TESTIMONY_WORKFLOW,
    WRITER,
)


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    """The editors' guide: writing a testimony, the consent rules, review, translation."""

    template_name = "editorial/guide.html"
    page_title = _("Guide de rédaction")
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user_roles = set(self.request.user.groups.values_list("name", flat=True))
        context.update(
            writer=WRITER,
            moderator=MODERATOR,
            administrator=ADMINISTRATOR,
            user_roles=sorted(user_roles & set(ROLES)),
            testimony_workflow=TESTIMONY_WORKFLOW,
            review_workflow=REVIEW_WORKFLOW,
            consent_collection=CONSENT_COLLECTION_NAME,
            retention_days=settings.WITHDRAWN_TESTIMONY_RETENTION_DAYS,
        )
        return context
