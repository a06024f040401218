"""`make loadtest` (python -m benchmarks.loadtest): locust against the site as `make serve` runs it.

Starts its own PostgreSQL (initdb in a temporary folder) and redis-server on free ports of
127.0.0.1, migrates and loads the demo content there, starts scripts/serve.py (gunicorn with
deploy/gunicorn.conf.py and the task worker), reads the site's URLs from its sitemap, warms it,
then runs locust headless for a bounded time per scenario:

- mixed: the mixed workload (benchmarks/loadtest/locustfile.py) at --users for --duration;
- redis: Redis stopped for 10 s in the middle, then started again;
- postgres: PostgreSQL stopped and started again (a restart), then how long until only 200s;
- editor: a page published every 3 s while readers read, read back after each commit.

Never touches the machine's PostgreSQL or Redis. Prints one table per scenario and the goals,
writes the figures to bench.json (key "loadtest").
"""

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks import results
from benchmarks.loadtest.report import goals_lines, is_error, print_table, summarise
from benchmarks.loadtest.servers import Site, temporary_folder
from testing.servers import PrivatePostgres, PrivateRedis, missing_servers

LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"
ROOT = LOCUSTFILE.parents[2]
SCENARIOS = ["mixed", "redis", "postgres", "editor"]
LISTINGS = ["/guides/", "/temoignages/", "/fiches-de-poste/", "/recherche/", "/en/guides/", "/en/search/"]
FAULT_AT = 5


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.loadtest", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--duration", type=int, default=60, help="secondes du scénario mixte (60)")
    parser.add_argument("--users", type=int, default=50, help="visiteurs simultanés (50)")
    parser.add_argument(
        "--scenario-duration", type=int, default=30, help="secondes de chaque scénario de panne"
    )
    parser.add_argument("--scenarios", default=",".join(SCENARIOS), help="parmi " + ",".join(SCENARIOS))
    parser.add_argument(
        "--wait", type=float, default=0.5, help="attente maximale entre deux pages d'un visiteur"
    )
    parser.add_argument("--workers", type=int, help="workers gunicorn (par défaut : deploy/gunicorn.conf.py)")
    parser.add_argument("--output", default=results.DEFAULT_PATH)
    parser.add_argument("--keep", action="store_true", help="garde le dossier temporaire (journaux)")
    args = parser.parse_args(argv)
    args.scenarios = [name.strip() for name in args.scenarios.split(",") if name.strip()]
    unknown = set(args.scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"scénarios inconnus : {', '.join(sorted(unknown))}")
    return args


def site_urls(site):
    """Paths by kind, from the sitemap: listings, detail pages, job descriptions."""
    with urllib.request.urlopen(site.url + "/sitemap.xml", timeout=30) as response:
        xml = response.read().decode()
    paths = sorted({urlsplit(loc).path for loc in _locs(xml)})
    details = [p for p in paths if len(_segments(p)) >= 2]
    jobs = [p for p in details if _segments(p)[0] in {"fiches-de-poste", "job-descriptions"}]
    listings = [p for p in LISTINGS if p in paths or _segments(p)[0] in {"recherche", "search"}]
    return {"listings": listings, "details": details, "jobs": jobs}


def _segments(path):
    """The path's parts after the language prefix: /en/guides/x/ → ["guides", "x"]."""
    parts = [part for part in path.split("/") if part]
    return parts[1:] if parts[:1] == ["en"] else parts


def _locs(xml):
    import re

    return re.findall(r"<loc>([^<]+)</loc>", xml)


def warm(site, urls):
    for path in ["/", "/en/", *urls["listings"], *urls["details"]]:
        try:
            urllib.request.urlopen(site.url + path, timeout=30).read()
        except Exception as error:  # noqa: BLE001  (a warm-up miss is reported, not fatal)
            print(f"  préchauffage : {path} → {error}")


def run_locust(site, workdir, name, users, duration, wait, urls_file):
    output = Path(workdir) / f"locust-{name}.json"
    env = dict(
        os.environ, LOADTEST_URLS=str(urls_file), LOADTEST_RESULTS=str(output), LOADTEST_WAIT=str(wait)
    )
    env["PYTHONPATH"] = str(ROOT)  # the locustfile imports benchmarks.loadtest.forms
    command = [
        sys.executable,
        "-m",
        "locust",
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "-u",
        str(users),
        "-r",
        str(users),
        "-t",
        f"{duration}s",
        "--host",
        site.url,
        "--only-summary",
        "--stop-timeout",
        "5",
        "--loglevel",
        "ERROR",
    ]
    with open(Path(workdir) / f"locust-{name}.log", "wb") as log:
        subprocess.run(
            command,
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=duration + 120,
            check=False,
        )
    return json.loads(output.read_text(encoding="utf-8"))


def count_in(record, start, end, predicate):
    return sum(
        1 for instant, status, _name in record["timeline"] if start <= instant <= end and predicate(status)
    )


def scenario_mixed(context, args):
    record = run_locust(
        context["site"],
        context["workdir"],
        "mixed",
        args.users,
        args.duration,
        args.wait,
        context["urls_file"],
    )
    rows, total = summarise(record, args.duration)
    print_table(f"Mixte : {args.users} visiteurs pendant {args.duration} s", rows, total)
    rss, pdf_rss = context["site"].worker_rss_mb(), context["site"].pdf_process_rss_mb()
    print(f"  mémoire des workers après la charge (RSS, Mo) : {rss} ; de leurs processus des PDF : {pdf_rss}")
    return {
        "users": args.users,
        "duration_s": args.duration,
        "rows": rows,
        "total": total,
        "worker_rss_mb": rss,
        "pdf_process_rss_mb": pdf_rss,
    }


def _with_fault(context, args, name, fault):
    marks = {}
    timer = threading.Timer(FAULT_AT, lambda: fault(marks))
    timer.start()
    try:
        record = run_locust(
            context["site"],
            context["workdir"],
            name,
            args.users,
            args.scenario_duration,
            args.wait,
            context["urls_file"],
        )
    finally:
        timer.join()
    rows, total = summarise(record, args.scenario_duration)
    return record, rows, total, marks


def scenario_redis(context, args):
    redis = context["redis"]

    def fault(marks):
        marks["down"] = time.time()
        redis.stop()
        time.sleep(10)
        redis.start()
        marks["up"] = time.time()

    record, rows, total, marks = _with_fault(context, args, "redis", fault)
    server_errors = count_in(record, 0, float("inf"), lambda s: s >= 500)
    during = count_in(record, marks["down"], marks["up"], lambda s: True)
    ok_during = count_in(record, marks["down"], marks["up"], lambda s: s == 200)
    print_table(f"Redis arrêté 10 s ({args.users} visiteurs, {args.scenario_duration} s)", rows, total)
    print(f"  réponses ≥ 500 : {server_errors} ; pendant la panne : {ok_during} réponses 200 sur {during}")
    return {
        "rows": rows,
        "total": total,
        "responses_5xx": server_errors,
        "during": during,
        "ok_during": ok_during,
    }


def scenario_postgres(context, args):
    postgres = context["postgres"]

    def fault(marks):
        marks["down"] = time.time()
        postgres.stop()
        time.sleep(2)
        postgres.start()
        marks["up"] = time.time()

    record, rows, total, marks = _with_fault(context, args, "postgres", fault)
    status_500 = count_in(record, 0, float("inf"), lambda s: s == 500)
    status_503 = count_in(record, 0, float("inf"), lambda s: s == 503)
    bad_after = [t for t, s, name in record["timeline"] if t >= marks["up"] and is_error(name, s)]
    recovery = round(max(bad_after) - marks["up"], 2) if bad_after else 0.0
    print_table(f"PostgreSQL redémarré ({args.users} visiteurs, {args.scenario_duration} s)", rows, total)
    print(
        f"  réponses 500 : {status_500} ; 503 : {status_503} ; "
        f"dernière erreur {recovery} s après le retour de PostgreSQL"
    )
    return {
        "rows": rows,
        "total": total,
        "responses_500": status_500,
        "responses_503": status_503,
        "recovery_s": recovery,
        "downtime_s": round(marks["up"] - marks["down"], 2),
    }


def scenario_editor(context, args):
    site = context["site"]
    output = Path(context["workdir"]) / "editor.json"
    editor = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "benchmarks.loadtest.editor",
            "--site",
            site.url,
            "--duration",
            str(max(5, args.scenario_duration - 8)),
            "--interval",
            "3",
            "--output",
            str(output),
        ],
        env=site.env,
        cwd=Path(__file__).resolve().parents[2],
        stdout=open(Path(context["workdir"]) / "editor.log", "wb"),
        stderr=subprocess.STDOUT,  # noqa: SIM115
    )
    record = run_locust(
        site,
        context["workdir"],
        "editor",
        args.users,
        args.scenario_duration,
        args.wait,
        context["urls_file"],
    )
    editor.wait(timeout=120)
    rows, total = summarise(record, args.scenario_duration)
    edits = json.loads(output.read_text()) if output.exists() else {"error": "l'éditeur n'a rien écrit"}
    print_table(
        f"Publication toutes les 3 s ({args.users} visiteurs, {args.scenario_duration} s)", rows, total
    )
    print(
        f"  publications : {edits.get('publications')} ; relectures après validation : "
        f"{edits.get('reads_after_commit')}, dont périmées : {edits.get('stale')}"
    )
    return {"rows": rows, "total": total, "editor": edits}


def main(argv=None):
    args = parse_args(argv)
    # Stopped from outside: still stop the private servers (the finally below).
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    missing = missing_servers()
    if missing:
        raise SystemExit(f"introuvable : {', '.join(missing)} (scripts/install-test-deps.sh l'installe)")
    workdir = Path(temporary_folder())
    postgres, redis, site = PrivatePostgres(workdir / "pg"), PrivateRedis(workdir, maxmemory="256mb"), None
    report = {
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "users": args.users,
    }
    try:
        print(f"Serveurs privés dans {workdir}")
        postgres.init()
        postgres.start()
        database_url = postgres.create_database("pairapair_loadtest")
        redis.start()
        site = Site(workdir, database_url, redis.url, workers=args.workers)
        print("  migration et contenu de démonstration…")
        site.prepare()
        site.start()
        print("  le worker traite les tâches du chargement (index de recherche, fichiers des fiches)…")
        site.wait_for_task_queue()
        urls = site_urls(site)
        urls_file = workdir / "urls.json"
        urls_file.write_text(json.dumps(urls), encoding="utf-8")
        print(
            f"  site sur {site.url} : {len(urls['details'])} pages de détail, "
            f"{len(urls['jobs'])} fiches de poste"
        )
        warm(site, urls)
        context = {
            "site": site,
            "redis": redis,
            "postgres": postgres,
            "workdir": workdir,
            "urls_file": urls_file,
        }
        for name in args.scenarios:
            report[name] = globals()[f"scenario_{name}"](context, args)
            report[name]["measured_at"] = time.strftime("%Y-%m-%d %H:%M")
        report["load_1min"] = round(os.getloadavg()[0], 2)
        print("\nObjectifs")
        for line in goals_lines(report):
            print(line)
        # Scenarios not run this time keep their last figures (each with its own date).
        previous = results.load(args.output).get("loadtest") or {}
        report = {**{k: v for k, v in previous.items() if k in SCENARIOS}, **report}
        results.save("loadtest", report, args.output)
        print(f"\nRésultats écrits dans {args.output} (clé « loadtest »).")
    finally:
        if site is not None:
            site.stop()
        redis.stop()
        postgres.stop(mode="immediate")
        if args.keep:
            print(f"Journaux gardés dans {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
