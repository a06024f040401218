"""Dates as readers read them: `{{ value|long_date }}` → « 1er décembre 2026 », "1 December 2026";
`{{ value|iso_date }}` → "2026-12-01" for `<time datetime>`."""

import datetime

from django import template
from django.utils import formats, timezone
from django.utils.translation import get_language

register = template.Library()


def _day(value):
    """The date of `value` (a moment: its day in the site's time zone), or None."""
    if not isinstance(value, datetime.date):
        return None
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    return value


@register.filter
def long_date(value):
    """The day, month in words and year, in the active language; French writes the first « 1er »."""
    value = _day(value)
    if value is None:
        return ""
    text = formats.date_format(value, "j F Y")
    if value.day == 1 and (get_language() or "").split("-")[0] == "fr":
        text = "1er" + text[1:]
    return text


@register.filter
def iso_date(value):
    """What `date:'Y-m-d'` writes, without Django's general date formatter (a detail page shows two)."""
    value = _day(value)
    return value.isoformat() if value is not None else ""
