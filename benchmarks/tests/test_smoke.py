"""Smoke test of the benchmarks: their real code on a tiny library, with one or two samples.

Each benchmark runs in place (the test database, inside the test's transaction) instead of its own
throwaway database; the figures must be present and sane, bench.json must hold them, and
`benchmarks.docs` must rewrite only its own parts of the performance document.
"""

import json
from pathlib import Path

import pytest
from wagtail.models import Page

from benchmarks import docs, results
from benchmarks.detail import run as detail_bench
from benchmarks.downloads import run as downloads_bench
from benchmarks.search import run as search_bench
from benchmarks.search.measure import NOT_SEARCHES
from job_descriptions.downloads.formats import FORMATS
from job_descriptions.models import DownloadCount

ROOT = Path(__file__).resolve().parents[2]
TARGETS = ["trivial", "listing", "one_word", "three_words", "query_two_facets", "json", "autocomplete"]
OTHER_SECTIONS = "# Performances\n\n## Recherche\n\nMesures de la recherche.\n\n## Autre\n\nx\n"


@pytest.mark.django_db
@pytest.mark.postgres
def test_search_benchmark_builds_and_measures_a_tiny_library(site_tree, client, tmp_path, capsys):
    report = search_bench.run([10, 15], samples=2, warm_up=1)

    printed = capsys.readouterr().out
    assert "10 pages construites et indexées" in printed and "15 pages construites et indexées" in printed
    assert printed.count("× constante") == 2 and "query_two_facets" in printed
    assert report["sizes"] == [10, 15] and report["postgresql"][0].isdigit() and report["cpus"] > 0
    rows = report["rows"]
    assert [(row["target"], row["pages"]) for row in rows] == [(t, n) for n in (10, 15) for t in TARGETS]
    for row in rows:
        assert 0 < row["p50_ms"] <= row["p95_ms"], row
        assert isinstance(row["queries"], int) and isinstance(row["queries_after_edit"], int), row
        assert isinstance(row["ratio"], int) and row["ratio"] >= 1, row
        if row["target"] in NOT_SEARCHES:
            assert row["search_queries"] is None
        else:
            assert isinstance(row["search_queries"], int) and 0 < row["search_queries"] <= row["queries"]
    assert all(row["ratio"] == 1 for row in rows if row["target"] == "trivial")
    p95 = {(row["target"], row["pages"]): row["p95_ms"] for row in rows}
    growth = {row["target"]: row for row in report["growth"]}
    assert list(growth) == TARGETS[1:]
    for target, row in growth.items():
        assert (row["from"], row["to"]) == (10, 15)
        assert row["ratio"] == round(p95[target, 15] / p95[target, 10], 2), row
    assert "p95 de three_words de 10 à 15 pages : × " in printed

    # The bulk-built pages form a valid Wagtail tree that the search reads like any other.
    assert not any(Page.find_problems())
    search_url = site_tree["sections"][""].url
    assert client.get(search_url, {"format": "json"}).json()["count"] == 15
    found = client.get(search_url, {"q": "travailleur pair", "format": "json"}).json()
    assert 0 < found["count"] <= 15  # the pages were indexed

    # What bench.json holds, bench-docs turns into the table of the « Recherche » section.
    path = tmp_path / "bench.json"
    results.save("search", report, path)
    text = docs.with_search(OTHER_SECTIONS, json.loads(path.read_text(encoding="utf-8"))["search"])
    assert text.count(docs.START) == 1 and "| requête d'un mot | 15 |" in text and "## Autre\n\nx" in text
    assert "p95 de 10 à 15 pages, dans ce même passage" in text and "| autocomplétion | " in text


def test_the_search_goals_include_the_growth_of_the_p95(capsys):
    rows = [
        {"target": target, "pages": pages, "p95_ms": p95, "queries": 3}
        for target, pages, p95 in [("trivial", 1000, 0.3), ("one_word", 1000, 20.0), ("trivial", 10000, 0.3)]
        + [("one_word", 10000, 41.0)]
    ]
    growth = search_bench.p95_growth(rows)
    assert growth == [{"target": "one_word", "from": 1000, "to": 10000, "ratio": 2.05}]

    search_bench.check_goals({"rows": rows, "growth": growth})
    assert "one_word : p95 × 2.05 de 1000 à 10000 pages > × 2" in capsys.readouterr().out

    rows[-1]["p95_ms"] = 39.0
    search_bench.check_goals({"rows": rows, "growth": search_bench.p95_growth(rows)})
    assert "Objectifs atteints" in capsys.readouterr().out


@pytest.mark.django_db
@pytest.mark.postgres
def test_downloads_benchmark_measures_the_longest_demo_job_description(site_tree, tmp_path, capsys):
    output, report_file = tmp_path / "bench.json", tmp_path / "performance.md"
    output.write_text(json.dumps({"another_benchmark": {"kept": True}}), encoding="utf-8")
    report_file.write_text(OTHER_SECTIONS, encoding="utf-8")

    downloads_bench.main(["--in-place", "--runs", "1", "--pdf-runs", "1", "--output", str(output)])

    printed = capsys.readouterr().out
    assert "Fiche la plus longue : « " in printed and f"Résultats écrits dans {output}." in printed
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["another_benchmark"] == {"kept": True}  # another benchmark's figures are left alone
    report = data["downloads"]
    assert "lits d'accueil médicalisés" in report["page_title"] and report["page_characters"] > 1000
    formats = [key for key, file_format in FORMATS.items() if file_format.is_available()]
    assert "docx" in formats and "odt" in formats
    files = [*formats, *(f"{kind}_{key}" for kind in ("personalised", "notes") for key in formats)]
    assert [row["key"] for row in report["rows"]] == ["reference", *files, "cached", "revalidation"]
    for row in report["rows"]:
        assert row["median_ms"] > 0 and row["cpu_ms"] > 0 and row["reference_ratio"] > 0, row
        assert (row["size_bytes"] > 0) if row["key"] in files else row["size_bytes"] is None, row
        assert docs.DOWNLOAD_LABELS[row["key"]] in printed
    rows = {row["key"]: row for row in report["rows"]}
    assert rows["reference"]["reference_ratio"] == 1 and rows["personalised_docx"]["goal_ms"] == 60
    assert not DownloadCount.objects.exists()  # the benchmark's downloads are not counted

    for _ in range(2):
        docs.main(["--input", str(output), "--report-file", str(report_file)])
    text = report_file.read_text(encoding="utf-8")
    assert text.count(docs.DOWNLOADS_HEADING) == 1
    assert "## Recherche\n\nMesures de la recherche." in text and "## Autre\n\nx" in text
    assert "Génération DOCX" in text and report["page_title"] in text


@pytest.mark.django_db
@pytest.mark.postgres
def test_detail_benchmark_measures_detail_pages_next_to_the_constant_view(site_tree, capsys):
    report = detail_bench.run([10, 15], samples=2, warm_up=1)

    printed = capsys.readouterr().out
    assert "15 pages construites" in printed and printed.count("% constante") == 2
    rows = report["rows"]
    targets = ["constant", "testimony", "job_description"]
    assert [(row["target"], row["pages"]) for row in rows] == [(t, n) for n in (10, 15) for t in targets]
    for row in rows:
        assert 0 < row["p50_ms"] <= row["p95_ms"] and 0 < row["share_of_constant"], row
        assert row["queries_after_edit"] >= row["queries"], row
    for row in rows:
        if row["target"] == "constant":
            assert row["share_of_constant"] == 1 and row["queries"] == 0
        else:
            assert row["queries"] <= detail_bench.GOALS["queries"], row  # 0: the page is cached


def test_page_cache_benchmark_measures_cached_pages_against_the_constant_view(site_tree, capsys):
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from benchmarks.page_cache import run as page_cache_bench

    # As Django's test client does: a request must not close the test's connection.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        report = page_cache_bench.run(requests=2, rounds=1)
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)
    page_cache_bench.print_report(report)

    rows = {row["target"]: row for row in report["rows"]}
    assert set(rows) == {
        "constant",
        "home",
        "section",
        "testimony",
        "guide",
        "search",
        "search_json",
        "english_home",
    }
    assert rows["constant"]["ratio"] == 1 and all(row["req_per_s"] > 0 for row in rows.values())
    assert all(row["queries"] == 0 for row in rows.values())  # a hit reads no database
    assert "de la vue constante" in capsys.readouterr().out
