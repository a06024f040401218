"""The editors' report of the readers' feedback: counts per page and period, the comments, a chart
that is an SVG with a text alternative and the same figures in a table; writers read it (nothing
in it is personal), people without page permissions do not; its SQL does not grow with the data."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from feedback.models import PageFeedback
from feedback.report import CHART_ROWS, chart, figures
from guides.tests.factories import PracticeGuidePageFactory

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/rapports/avis/"


def answers(page, yes=0, no=0, days_ago=0, comment=""):
    day = timezone.localdate() - datetime.timedelta(days=days_ago)
    PageFeedback.objects.bulk_create(
        [
            PageFeedback(page=page, language="fr", useful=True, received_on=day, comment=comment)
            for _ in range(yes)
        ]
        + [
            PageFeedback(page=page, language="fr", useful=False, received_on=day, comment=comment)
            for _ in range(no)
        ]
    )


@pytest.fixture
def guides(site_tree):
    section = site_tree["sections"]["guide"]
    return [PracticeGuidePageFactory(parent=section, title=f"Guide {n}") for n in range(3)]


def test_feedback_counts_per_page_and_period(guides):
    PageFeedback.objects.all().delete()  # the answers the browser tests committed (rolled back after)
    first, second, gone = guides
    answers(first, yes=3, no=1)
    answers(first, no=1, comment="Il manque un modèle de courrier.")
    answers(second, yes=2, days_ago=10)
    answers(second, yes=5, days_ago=100)  # outside 90 days
    answers(gone, no=2)
    gone.delete()
    found = figures(90)
    assert (found["yes"], found["no"], found["total"]) == (5, 4, 9)
    rows = [
        (row["page"] and row["page"].pk, row["yes"], row["no"], row["comments"], row["useful_share"])
        for row in found["rows"]
    ]
    assert rows == [(first.pk, 3, 2, 1, 60), (None, 0, 2, 0, 0), (second.pk, 2, 0, 0, 100)]
    assert [answer.comment for answer in found["comments"]] == ["Il manque un modèle de courrier."]
    year = figures(365)["rows"][0]
    assert (year["page"].pk, year["yes"]) == (second.pk, 7)


def test_the_chart_draws_proportional_stacked_bars():
    rows = [
        {"page": None, "yes": 6, "no": 2, "total": 8},
        {"page": None, "yes": 0, "no": 4, "total": 4},
    ] + [{"page": None, "yes": 1, "no": 0, "total": 1}] * 20
    drawn = chart(rows)
    assert len(drawn["bars"]) == CHART_ROWS
    full, half = drawn["bars"][0], drawn["bars"][1]
    assert full["yes_width"] + full["no_width"] == 570 and full["no_x"] == full["yes_width"] + 2
    assert (half["yes_width"], half["no_x"], half["no_width"]) == (0, 0, 285)
    assert chart([])["bars"] == []


def test_writers_read_the_report_with_its_chart_and_table(client, guides, writer):
    answers(guides[0], yes=4, no=1, comment="Très clair, merci.")
    client.force_login(writer)
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Avis des lecteurs" in html and "Très clair, merci." in html
    assert re.search(r'<svg class="feedback-report__chart"[^>]* role="img" aria-labelledby="[^"]+"', html)
    assert '<desc id="feedback-chart-desc">' in html and "4 oui, 1 non" in html
    assert '<table class="listing feedback-report__pages"' in html
    assert 'src="http' not in html.split('<div class="feedback-report">')[1]
    assert client.get(REPORT_URL, {"periode": "<script>"}).status_code == 200
    assert REPORT_URL in client.get("/admin/").content.decode()  # in the Rapports menu


def test_without_page_permissions_there_is_no_report(client, django_user_model, site_tree):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("lecteur", "l@example.org", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(REPORT_URL).status_code in (302, 403)
    client.logout()
    assert client.get(REPORT_URL).status_code == 302


def test_report_queries_do_not_grow_with_the_data(client, site_tree, guides, writer):
    client.force_login(writer)
    answers(guides[0], yes=1, comment="Un")
    client.get(REPORT_URL)

    def measure():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(REPORT_URL).status_code == 200
        return len(captured)

    few = measure()
    section = site_tree["sections"]["guide"]
    for page in guides + [PracticeGuidePageFactory(parent=section) for _ in range(8)]:
        answers(page, yes=3, no=2, comment="Un commentaire.")
    assert measure() == few
