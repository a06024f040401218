from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.reports import ReportMenuItem
from feedback.report import FeedbackReportView


@hooks.register("register_admin_urls")
def register_feedback_report_url():
    return [path("rapports/avis/", FeedbackReportView.as_view(), name="feedback_report")]


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return ReportMenuItem(
        _("Avis des lecteurs"),
        reverse("feedback_report"),
        name="reader-feedback",
        icon_name="comment",
        order=1300,
    )
