"""What the detail page shows about the files: links with format and size, and an outline."""

from django.utils.functional import cached_property

from job_descriptions.downloads.files import PublishedFiles
from job_descriptions.downloads.formats import FORMATS


class DownloadPanel:
    def __init__(self, page, request=None):
        self.page = page
        self.request = request
        self.files = PublishedFiles(page, request)

    @cached_property
    def page_url(self):
        return self.page.get_url(self.request) or ""

    def route_url(self, name, *args):
        return self.page_url + self.page.reverse_subpage(name, args=args)

    @cached_property
    def personalise_url(self):
        return self.route_url("personalise")

    @cached_property
    def summary(self):
        return self.files.summary([f for f in FORMATS.values() if f.is_available()])

    @cached_property
    def formats(self):
        sizes = self.summary["sizes"]
        return [
            {
                "format": file_format,
                # Sizes are known once the background task has made the files.
                "available": file_format.is_available(),
                "url": self.route_url("download", file_format.key),
                "size": sizes.get(file_format.key),
            }
            for file_format in FORMATS.values()
        ]

    @cached_property
    def outline(self):
        return self.summary["outline"]
