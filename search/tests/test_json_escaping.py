"""JSON answers escape `<`, `>` and `&`: a query typed as markup stays data wherever it is read."""

import json

import pytest

pytestmark = pytest.mark.django_db

QUERY = "</script><b>x</b>&"


@pytest.mark.parametrize(
    "url, params", [("/recherche/", {"format": "json"}), ("/recherche/suggestions/", {})]
)
def test_json_answers_escape_html_characters(site_tree, client, url, params):
    response = client.get(url, {"q": QUERY, **params})
    assert response.status_code == 200
    text = response.content.decode()
    assert "<" not in text and ">" not in text and "&" not in text
    data = json.loads(text)
    if isinstance(data, dict):
        assert data["query"] == QUERY


def test_json_ld_of_a_detail_page_is_escaped():
    from core.safe_json import dumps

    assert dumps({"headline": "</script>"}) == '{"headline": "\\u003c/script\\u003e"}'
