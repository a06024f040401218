"""Plain text drawn from structured content, for reading time and documents."""

from django.utils.html import strip_tags
from wagtail.blocks import StreamValue, StructValue
from wagtail.rich_text import RichText


def value_text(value):
    """All the words in a block value, whatever its shape."""
    if value is None:
        return ""
    if isinstance(value, RichText):
        return strip_tags(value.source)
    if isinstance(value, str):
        return value
    if isinstance(value, StreamValue):
        return " ".join(value_text(child.value) for child in value)
    if isinstance(value, StructValue | dict):
        return " ".join(value_text(child) for child in value.values())
    if isinstance(value, list | tuple) or hasattr(value, "__iter__"):
        try:
            return " ".join(value_text(child) for child in value)
        except TypeError:
            return ""
    if hasattr(value, "data") and isinstance(getattr(value, "data", None), list):
        return value_text(value.data)
    return ""


def stream_text(stream):
    return value_text(stream)
