"""`python -m benchmarks.relevance`: nDCG@5 and MRR of the judged set (search/relevance_set.py)
on the demo content, on PostgreSQL and on SQLite (the embedded database of `make run`).

Each database is measured by a child process of its own (Django is configured once per process):
a throwaway database (`pairapair_bench_relevance`, or a temporary SQLite file), migrated, the demo
content loaded, every judged query run through the search engine, then dropped. The figures are
printed (with the queries below the goal) and written to bench.json (key "relevance").
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import results

BENCH_DATABASE = "pairapair_bench_relevance"
BACKENDS = ["postgresql", "sqlite"]
GOALS = {"ndcg5": 0.9, "mrr": 0.9}
PG_URL = "postgres://postgres@127.0.0.1:5432/pairapair"
MARKER = "RELEVANCE-JSON "


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.relevance",
        description="Mesure le classement sur le jeu de requêtes jugées (nDCG@5, MRR).",
    )
    parser.add_argument("--backend", choices=BACKENDS, help="Une seule base (sinon les deux).")
    parser.add_argument("--output", default=results.DEFAULT_PATH, help="Fichier des résultats (JSON).")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv=None):
    options = parse_args(argv)
    if options.child:
        return measure_here()
    report = {"measured_at": time.strftime("%Y-%m-%d %H:%M"), "backends": {}}
    for backend in [options.backend] if options.backend else BACKENDS:
        report["backends"][backend] = measure_in_child(backend)
    results.save("relevance", report, options.output)
    print(f"Résultats écrits dans {options.output}.")
    misses = [
        f"{backend} : {name} {figures[name]} < {goal}"
        for backend, figures in report["backends"].items()
        if backend == "postgresql"
        for name, goal in GOALS.items()
        if figures[name] < goal
    ]
    print("Objectifs non atteints : " + "; ".join(misses) if misses else "Objectifs atteints (PostgreSQL).")


def measure_in_child(backend):
    """Runs this module with --child against a fresh database of `backend`; its figures."""
    env = dict(
        os.environ, DJANGO_SETTINGS_MODULE=os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    )
    with tempfile.TemporaryDirectory() as folder:
        if backend == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{Path(folder) / 'pairapair_bench.sqlite3'}"
        else:
            url = env.get("DATABASE_URL", "")
            env["DATABASE_URL"] = url if url.startswith("postgres") else PG_URL
        print(f"== {backend} : base jetable, migrations, contenu de démonstration…", flush=True)
        completed = subprocess.run(
            [sys.executable, "-m", "benchmarks.relevance", "--child"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    lines = completed.stdout.splitlines()
    for line in lines:
        if not line.startswith(MARKER):
            print(line)
    found = [line[len(MARKER) :] for line in lines if line.startswith(MARKER)]
    if completed.returncode or not found:
        sys.stderr.write(completed.stderr)
        raise SystemExit(f"La mesure sur {backend} a échoué.")
    return json.loads(found[-1])


def measure_here():
    """In the child: a throwaway database of the configured kind, the demo, the judged set."""
    from benchmarks.bootstrap import setup, throwaway_database

    setup()
    from django.db import connection

    name = BENCH_DATABASE
    if connection.vendor == "sqlite":
        name = str(Path(connection.settings_dict["NAME"]).with_name("pairapair_bench_relevance.sqlite3"))
    with throwaway_database(name):
        from demo.loader import load_demo_content
        from search.relevance import evaluate, search_pages, summary

        load_demo_content()
        scores = evaluate(search_pages())
    figures = summary(scores)
    for language in sorted({score.language for score in scores}):
        figures[language] = summary([score for score in scores if score.language == language])
    print(describe(connection.vendor, figures))
    for language in ("fr", "en"):
        if language in figures:
            print(describe(f"  {language}", figures[language]))
    for score in sorted(scores, key=lambda score: score.ndcg):
        if score.ndcg < GOALS["ndcg5"] or score.rr < 1:
            figures_text = f"nDCG@5 {score.ndcg:.2f}, RR {score.rr:.2f}"
            print(f"  sous l'objectif : {score.language} « {score.query} » {figures_text}")
    print(MARKER + json.dumps(figures))


def describe(label, figures):
    return f"{label} : {figures['queries']} requêtes, nDCG@5 {figures['ndcg5']}, MRR {figures['mrr']}"
