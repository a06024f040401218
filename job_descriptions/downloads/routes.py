"""The routes a job-description page adds for its files, and what its template shows of them."""

from django.conf import settings
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from job_descriptions.downloads import views
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.downloads.panel import DownloadPanel

# The English page's addresses for the same routes; the French paths keep working in both languages.
ENGLISH_ROUTES = {"download": "download_en", "personalise": "personalise_en"}


class DownloadRoutesMixin(RoutablePageMixin):
    """<page URL>telecharger/<docx|odt|pdf>/ (the file) and <page URL>personnaliser/ (the employer's
    own version); on an English page, download/<format>/ and personalise/."""

    @path("telecharger/<str:format_key>/", name="download")
    @path("download/<str:format_key>/", name="download_en")
    def download(self, request, format_key):
        return views.download(self, request, format_key)

    @path("personnaliser/", name="personalise")
    @path("personalise/", name="personalise_en")
    def personalise(self, request):
        return views.personalise(self, request)

    def reverse_subpage(self, name, args=None, kwargs=None):
        # The page's language from the site cache's list of locales (LibraryPage.language_code):
        # reading `self.locale` would cost a query on every detail page.
        if name in ENGLISH_ROUTES and self.locale_id and self.language_code != settings.LANGUAGE_CODE:
            name = ENGLISH_ROUTES[name]
        return super().reverse_subpage(name, args=args, kwargs=kwargs)

    def download_links(self, request=None):
        """[(FileFormat, absolute URL)] of the files readers can download now (the API, JSON-LD)."""
        page_url = self.get_full_url(request) or ""
        return [
            (file_format, page_url + self.reverse_subpage("download", args=[file_format.key]))
            for file_format in FORMATS.values()
            if file_format.is_available()
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["downloads"] = DownloadPanel(self, request)
        return context

    def get_cached_paths(self):
        """The page and its published files, for a front-end cache to purge on publish."""
        return ["/"] + [self.reverse_subpage("download", args=[key]) for key in FORMATS]
