"""The load test's and `make serve`'s own logic, without servers: figures per page type, the goals,
the docs' tables, the sitemap's kinds of page, the personalisation form as a browser sends it, the
serve script's environment and gunicorn's sizing. (`make loadtest` itself runs real servers.)"""

import runpy
from pathlib import Path

from benchmarks.loadtest import report, run
from benchmarks.loadtest.forms import FormFields

ROOT = Path(__file__).resolve().parents[2]


def fake_record():
    record = {"by_name": {}, "timeline": []}
    record["by_name"]["accueil"] = {"times": [10.0] * 98 + [300.0, 400.0], "statuses": {"200": 99, "500": 1}}
    record["by_name"]["personnalisation (fichier)"] = {
        "times": [50.0, 60.0],
        "statuses": {"200": 1, "429": 1},
    }
    return record


def test_summary_per_page_type_counts_errors_but_not_the_limits_429():
    rows, total = report.summarise(fake_record(), duration=10)
    home, personalised = rows
    assert (home["page"], home["requests"], home["rps"], home["errors"]) == ("accueil", 100, 10.0, 1)
    assert home["p50_ms"] == 10.0 and home["p99_ms"] == 300.0
    assert personalised["errors"] == 0 and personalised["limited_429"] == 1
    assert total["requests"] == 102 and total["errors"] == 1


def test_goals_and_the_docs_table():
    rows, total = report.summarise(fake_record(), duration=10)
    measured = {
        "measured_at": "2026-12-01 16:00",
        "python": "3.11.7",
        "cpus": 2,
        "users": 50,
        "load_1min": 1.0,
        "mixed": {
            "rows": rows,
            "total": total,
            "worker_rss_mb": [120.0, 260.0],
            "pdf_process_rss_mb": [70.5],
        },
        "redis": {"rows": rows, "total": total, "responses_5xx": 0},
        "postgres": {"rows": rows, "total": total, "responses_500": 2, "recovery_s": 1.5},
        "editor": {
            "rows": rows,
            "total": total,
            "editor": {"stale": 0, "reads_after_commit": 12, "errors": 1},
        },
    }
    lines = report.goals_lines(measured)
    assert any(line.startswith("  ✗ erreurs, charge mixte : 1") for line in lines)
    assert any("✗ RSS" in line and "260.0 Mo" in line for line in lines)
    assert any(line.startswith("  ✓ réponses ≥ 500, Redis arrêté : 0") for line in lines)
    assert any(line.startswith("  ✗ réponses 500, PostgreSQL") for line in lines)
    assert any(line.startswith("  ✓ retour aux 200") for line in lines)
    assert any(line.startswith("  ✗ pages périmées après une publication : 0 sur 12") for line in lines)
    text = f"# Perf\n\navant\n\n{report.START}\nancien\n{report.END}\n\naprès\n"
    rewritten = report.with_loadtest(text, measured)
    assert "ancien" not in rewritten and "avant" in rewritten and "après" in rewritten
    assert (
        "| accueil | 100 | 10.0 | 10.0 |" in rewritten
        and "**Redis arrêté 10 s** (le 2026-12-01 16:00)" in rewritten
    )
    assert "workers [120.0, 260.0], leurs processus des PDF [70.5]." in rewritten


def test_kinds_of_page_from_the_sitemap():
    assert run._segments("/en/guides/x/") == ["guides", "x"] and run._segments("/") == []
    paths = [
        "/",
        "/guides/",
        "/guides/a/",
        "/fiches-de-poste/",
        "/fiches-de-poste/b/",
        "/en/job-descriptions/c/",
    ]
    details = [p for p in paths if len(run._segments(p)) >= 2]
    assert details == ["/guides/a/", "/fiches-de-poste/b/", "/en/job-descriptions/c/"]


def test_the_personalisation_form_is_sent_as_a_browser_would():
    parser = FormFields()
    parser.feed(
        '<form><input type="hidden" name="csrfmiddlewaretoken" value="t"><input name="town" value="Grenoble">'
        '<input type="checkbox" name="missions" value="m1" checked>'
        '<input type="checkbox" name="missions" value="m2">'
        '<textarea name="setting">Équipe</textarea><select name="structure_type"><option value="a">A</option>'
        '<option value="b" selected>B</option></select>'
        '<button type="submit" name="action" value="check"></button></form>'
    )
    assert parser.fields == [
        ("csrfmiddlewaretoken", "t"),
        ("town", "Grenoble"),
        ("missions", "m1"),
        ("setting", "Équipe"),
        ("structure_type", "b"),
    ]


def test_serve_fills_the_environment_from_its_file_without_overriding(tmp_path, monkeypatch):
    serve = runpy.run_path(str(ROOT / "scripts" / "serve.py"), run_name="serve")
    env_file = tmp_path / "local.env"
    env_file.write_text("# local\nSERVE_LOCAL=true\nALLOWED_HOSTS=127.0.0.1\nREDIS_URL=redis://x:1/0\n")
    monkeypatch.setenv("REDIS_URL", "redis://kept:2/0")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("DJANGO_SETTINGS_MODULE", raising=False)
    monkeypatch.delenv("ALLOWED_HOSTS", raising=False)
    env = serve["environment"](str(env_file))
    assert env["ALLOWED_HOSTS"] == "127.0.0.1" and env["REDIS_URL"] == "redis://kept:2/0"
    assert len(env["SECRET_KEY"]) >= 50 and env["DJANGO_SETTINGS_MODULE"] == "config.settings.production"
    env_file.write_text("ALLOWED_HOSTS=example.org\n")
    assert "SECRET_KEY" not in serve["environment"](str(env_file))  # never drawn outside local use
    commands = serve["commands"]("127.0.0.1:9999", 1)
    assert commands["gunicorn"][-2:] == ["--bind", "127.0.0.1:9999"] and "db_worker" in commands["worker"]


def test_gunicorn_is_sized_from_the_cores(monkeypatch):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    conf = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))
    assert conf["workers"] == conf["CORES"] + 1 and conf["worker_class"] == "gthread"
    assert conf["timeout"] == 30 and conf["max_requests"] > 0 and conf["max_requests_jitter"] > 0
    assert conf["preload_app"] is True and conf["accesslog"] is None
    monkeypatch.setenv("WEB_CONCURRENCY", "7")
    assert runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))["workers"] == 7
