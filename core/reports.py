"""Admin reports for the people who write and publish pages: who may read them, their place in the
breadcrumbs and the period chosen with `?periode=`, shared by every report.
"""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permissions import policy_registry


def user_can_read_reports(user):
    """Anyone who may write, change or publish a page."""
    return policy_registry.get_by_type(Page).user_has_any_permission(user, ["add", "change", "publish"])


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_read_reports(request.user)


class PeriodReportView(WagtailAdminTemplateMixin, TemplateView):
    periods = {}  # value of ?periode= -> number of days
    default_period = ""
    url_name = ""

    def dispatch(self, request, *args, **kwargs):
        if not user_can_read_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_figures(self, days):
        """The report's own context for the last `days` days."""
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = self.request.GET.get("periode", self.default_period)
        if period not in self.periods:
            period = self.default_period
        context.update(
            period=period,
            periods=list(self.periods.items()),
            report_url=reverse(self.url_name),
            **self.get_figures(self.periods[period]),
        )
        return context
