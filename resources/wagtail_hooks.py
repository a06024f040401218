from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from editorial.reports import ReportMenuItem
from resources.admin_views import LibraryListingViewSet, TaxonomyGroup

register_snippet(TaxonomyGroup)


@hooks.register("register_admin_viewset")
def register_library_listing():
    return LibraryListingViewSet()


@hooks.register("register_admin_urls")
def register_download_report_url():
    from django.urls import path

    from resources.downloads.report import DownloadReportView

    return [
        path("rapports/telechargements/", DownloadReportView.as_view(), name="resources_download_report"),
    ]


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return ReportMenuItem(
        _("Téléchargements des fiches"),
        reverse("resources_download_report"),
        name="job-description-downloads",
        icon_name="download",
        order=1100,
    )
