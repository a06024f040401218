"""What the open API (api/) shows of a job description besides the fields of every library page:
the whole template, and the addresses of its files (DOCX, ODT, PDF)."""

from rest_framework.fields import Field
from wagtail.api import APIField


class DownloadsField(Field):
    """[{"format", "content_type", "url"}]: the files of the template, as the page offers them."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return [
            {"format": file_format.key, "content_type": file_format.content_type, "url": url}
            for file_format, url in page.download_links(self.context.get("request"))
        ]


JOB_DESCRIPTION_API_FIELDS = [
    *(
        APIField(name)
        for name in (
            "job_title",
            "setting",
            "purpose",
            "lived_experience",
            "missions",
            "activities",
            "skills",
            "working_time",
            "contract",
            "pay",
            "reporting_line",
            "support",
            "vigilance",
        )
    ),
    APIField("downloads", serializer=DownloadsField(read_only=True)),
]
