"""Download counts (per template, format and day, nothing personal) and the editors' report."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from job_descriptions.downloads.formats import FORMATS
from job_descriptions.downloads.stats import record_download, report
from job_descriptions.models import DownloadCount
from job_descriptions.tests.downloads_support import job_pages_fixture  # noqa: F401

pytestmark = pytest.mark.django_db
LAM = "travailleur-pair-en-lam"
REPORT_URL = "/admin/rapports/telechargements/"


def test_counts_are_aggregated_per_day_without_personal_data(client, job_pages):
    page = job_pages[LAM]
    for _ in range(3):
        assert client.get(f"{page.url}telecharger/odt/").status_code == 200
    client.get(f"{page.url}telecharger/docx/")
    rows = DownloadCount.objects.order_by("file_format")
    assert [(row.file_format, row.count, row.personalised) for row in rows] == [
        ("docx", 1, False),
        ("odt", 3, False),
    ]
    assert {row.day for row in rows} == {timezone.localdate()}
    field_names = {field.name for field in DownloadCount._meta.get_fields()}
    assert field_names == {"id", "page", "file_format", "personalised", "day", "count"}


def test_report_figures(job_pages):
    lam, other = job_pages[LAM], job_pages["mediateur-sante-pair"]
    today = timezone.localdate()
    days_ago = lambda days: today - datetime.timedelta(days=days)  # noqa: E731
    DownloadCount.objects.create(page=lam, file_format="pdf", day=today, count=5)
    DownloadCount.objects.create(page=lam, file_format="docx", day=today, personalised=True, count=2)
    DownloadCount.objects.create(page=other, file_format="odt", day=days_ago(3), count=4)
    DownloadCount.objects.create(page=other, file_format="odt", day=days_ago(200), count=9)
    figures = report(days=30, today=today)
    assert figures["totals"]["total"] == 11
    assert figures["totals"]["pdf"] == 5 and figures["totals"]["personalised"] == 2
    assert [row["page"].pk for row in figures["rows"]] == [lam.pk, other.pk]
    assert figures["rows"][0]["share"] == 100 and figures["rows"][1]["share"] == 57
    assert len(figures["trend"]) == 30
    assert figures["trend"][-1] == (today, 7) and figures["trend"][-4] == (days_ago(3), 4)
    yearly = report(days=365, today=today)
    assert yearly["totals"]["total"] == 20
    assert sum(value for _day, value in yearly["trend"]) == 20
    assert all(day.weekday() == 0 for day, _value in yearly["trend"])


def test_editors_see_the_report_with_a_chart(client, job_pages, django_user_model):
    page = job_pages[LAM]
    for key in FORMATS:
        record_download(page, FORMATS[key])
    record_download(page, FORMATS["docx"], personalised=True)
    admin = django_user_model.objects.create_superuser("chef", "chef@example.org", "x")
    client.force_login(admin)
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Téléchargements des fiches de poste" in html
    assert "Fiches les plus téléchargées" in html and page.title.replace("'", "&#x27;") in html
    assert '<svg class="download-report__chart"' in html and 'role="img"' in html
    assert "Données du graphique" in html
    bars = re.findall(r'<rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"', html)
    assert len(bars) == 90 and all(float(value) >= 0 for bar in bars for value in bar)
    assert 'src="http' not in html.split('<div class="download-report">')[1]
    assert client.get(REPORT_URL, {"periode": "365"}).status_code == 200
    assert client.get(REPORT_URL, {"periode": "<script>"}).status_code == 200
    menu = client.get(reverse("wagtailadmin_reports:locked_pages")).content.decode()
    assert REPORT_URL in menu


def test_report_needs_page_permissions(client, django_user_model, job_pages):
    user = django_user_model.objects.create_user("lecteur", "l@example.org", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(REPORT_URL).status_code in (302, 403)
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        user.groups.add(editors)
        assert client.get(REPORT_URL).status_code == 200


def test_report_queries_do_not_grow_with_the_data(
    client, job_pages, django_user_model, django_assert_max_num_queries
):
    admin = django_user_model.objects.create_superuser("chef", "chef@example.org", "x")
    client.force_login(admin)
    today = timezone.localdate()
    rows = [
        DownloadCount(page=page, file_format=key, day=today - datetime.timedelta(days=offset), count=1)
        for page in job_pages.values()
        for key in FORMATS
        for offset in range(60)
    ]
    DownloadCount.objects.bulk_create(rows)
    client.get(REPORT_URL)
    with django_assert_max_num_queries(30):
        assert client.get(REPORT_URL).status_code == 200
