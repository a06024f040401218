"""What the open API (api/) shows of a testimony besides the fields of every library page: who
and where, as the listings show it. The narrative, the quotes and the figures stay on the page,
where the consent of the people quoted covers them (docs/api.md)."""

from wagtail.api import APIField

TESTIMONY_API_FIELDS = [
    APIField("structure_name"),
    APIField("structure_is_anonymised"),
    APIField("place"),
    APIField("period"),
]
