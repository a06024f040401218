"""Public dates: French writes the first of the month « 1er », English "1 December"; the machine
readable day of `<time datetime>` is the one Django's `date:'Y-m-d'` writes."""

import datetime
from pathlib import Path

from django.conf import settings
from django.template.defaultfilters import date as date_filter
from django.utils import timezone, translation

from core.templatetags.dates import iso_date, long_date


def test_the_first_of_the_month_is_an_ordinal_in_french_only():
    with translation.override("fr"):
        assert long_date(datetime.date(2026, 12, 1)) == "1er décembre 2026"
        assert long_date(datetime.date(2026, 12, 2)) == "2 décembre 2026"
        assert long_date(datetime.date(2026, 12, 11)) == "11 décembre 2026"
        # 23:30 UTC on 30 November is already 1 December in Paris.
        moment = datetime.datetime(2026, 11, 30, 23, 30, tzinfo=datetime.UTC)
        assert long_date(moment) == "1er décembre 2026"
        assert long_date(None) == "" and long_date("2026-12-01") == ""
    with translation.override("en"):
        assert long_date(datetime.date(2026, 12, 1)) == "1 December 2026"


def test_iso_date_writes_what_the_date_filter_writes():
    values = [
        datetime.date(2026, 12, 1),
        datetime.date(987, 3, 4),
        # 23:30 UTC on 30 November is already 1 December in Paris.
        datetime.datetime(2026, 11, 30, 23, 30, tzinfo=datetime.UTC),
        datetime.datetime(2026, 6, 30, 22, 15, tzinfo=datetime.UTC),
        datetime.datetime(2026, 11, 30, 23, 30),  # naive: taken as it is
        None,
        "2026-12-01",
    ]
    for value in values:
        # The template engine hands `date` the moment in the current time zone.
        aware = isinstance(value, datetime.datetime) and timezone.is_aware(value)
        shown = timezone.localtime(value) if aware else value
        assert iso_date(value) == date_filter(shown, "Y-m-d"), value
    assert iso_date(values[2]) == "2026-12-01"


def test_templates_show_long_dates_through_the_filter():
    offenders = [
        str(path.relative_to(settings.BASE_DIR))
        for path in Path(settings.BASE_DIR).glob("**/templates/**/*.html")
        if ".venv" not in path.parts
        and 'date:"j F Y"' in path.read_text()
        # Admin reports of other apps format ranges themselves.
        and "admin" not in path.parts
        and "downloads" not in path.parts
    ]
    assert offenders == []
