"""The routes a job-description page adds for its files, and what its template shows of them."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from job_descriptions.downloads import views
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.downloads.panel import DownloadPanel


class DownloadRoutesMixin(RoutablePageMixin):
    """<page URL>telecharger/<docx|odt|pdf>/ (the file) and <page URL>personnaliser/ (the employer's
    own version)."""

    @path("telecharger/<str:format_key>/", name="download")
    def download(self, request, format_key):
        return views.download(self, request, format_key)

    @path("personnaliser/", name="personalise")
    def personalise(self, request):
        return views.personalise(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["downloads"] = DownloadPanel(self, request)
        return context

    def get_cached_paths(self):
        """The page and its published files, for a front-end cache to purge on publish."""
        return ["/"] + [self.reverse_subpage("download", args=[key]) for key in FORMATS]
