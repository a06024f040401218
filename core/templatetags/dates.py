"""Dates as readers read them: `{{ value|long_date }}` → « 1er décembre 2026 », "1 December 2026"."""

import datetime

from django import template
from django.utils import formats, timezone
from django.utils.translation import get_language

register = template.Library()


@register.filter
def long_date(value):
    """The day, month in words and year, in the active language; French writes the first « 1er »."""
    if not isinstance(value, datetime.date):
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    text = formats.date_format(value, "j F Y")
    if value.day == 1 and (get_language() or "").split("-")[0] == "fr":
        text = "1er" + text[1:]
    return text
