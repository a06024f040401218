from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.reports import ReportMenuItem
from job_descriptions.downloads.report import DownloadReportView


@hooks.register("register_admin_urls")
def register_download_report_url():
    return [
        path(
            "rapports/telechargements/",
            DownloadReportView.as_view(),
            name="job_descriptions_download_report",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return ReportMenuItem(
        _("Téléchargements des fiches"),
        reverse("job_descriptions_download_report"),
        name="job-description-downloads",
        icon_name="download",
        order=1100,
    )
