"""`python -m benchmarks.middleware`: what the middleware stack costs a constant view.

The constant view of benchmarks/urls.py behind four stacks (benchmarks/middleware/settings.py):
none ("bare", the reference), a new Django project's, and the site's whole MIDDLEWARE with the
production settings and Redis cache, twice: the view served as readers get any page, from the page
cache after the first request ("site"), and kept out of the page cache, so that every middleware
runs ("site_uncached"). Measured two ways, in the same run:

- in process (benchmarks/middleware/in_process.py): Django's WSGI handler called directly,
  microseconds of CPU per request (median of rounds), and the Redis commands one request sends;
  `--detail` adds what each middleware costs, `--instructions` the instructions one request runs
  (valgrind: the same figure on a busy machine as on an idle one);
- over HTTP: a real gunicorn (one sync worker) per stack on a free port of 127.0.0.1, two client
  threads opening one connection per request (sync workers close it), rounds interleaved between
  the stacks, median requests per second.

The goal (docs/performance.md): the site's stack serves at least 75 % of the bare view's requests
per second. Reads the configured database (DATABASE_URL, a migrated one: only its Wagtail site is
read) and uses Redis database 11 of REDIS_URL's server (BENCH_REDIS_URL), key prefix
"bench-middleware". Figures go to bench.json (key "middleware").
"""

import argparse
import os
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.middleware.in_process import STACKS
from testing.servers import free_port

ROOT = Path(__file__).resolve().parents[2]
PATH = "/__banc-d-essai__/constante/"
GOAL = 0.75
OF_BARE = "du débit sans middleware"


def environment(stack):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.middleware.settings",
        "BENCH_STACK": stack,
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11"),
        "SECURE_SSL_REDIRECT": "false",
        "SENDFILE_NGINX": "false",
    }


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.middleware",
        description="Mesure le coût des middlewares sur une vue constante (en processus et sous gunicorn).",
    )
    parser.add_argument("--seconds", type=float, default=3.0, help="Durée de chaque mesure HTTP.")
    parser.add_argument("--rounds", type=int, default=3, help="Nombre de tours alternés.")
    parser.add_argument("--requests", type=int, default=3000, help="Requêtes par tour en processus.")
    parser.add_argument("--output", default="bench.json", help="Fichier des résultats (JSON).")
    parser.add_argument(
        "--detail", action="store_true", help="Aussi le coût de chaque middleware du site (en processus)."
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="Aussi les instructions exécutées par requête (valgrind, quelques minutes).",
    )
    return parser.parse_args(argv)


# Over HTTP --------------------------------------------------------------------------------------


def start_gunicorn(stack):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "benchmarks.middleware.wsgi", "--bind", f"127.0.0.1:{port}"]
        + ["--workers", "1", "--backlog", "256", "--log-level", "warning"],
        cwd=ROOT,
        env=environment(stack),
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if get(port):
                return process, port
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit(f"gunicorn ({stack}) ne répond pas sur 127.0.0.1:{port}")


REQUEST = f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()


def get(port):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(REQUEST)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).startswith(b"HTTP/1.1 200 ")


def requests_per_second(port, seconds, threads=2):
    done, errors = [0] * threads, [0] * threads
    stop = time.monotonic() + seconds

    def client(index):
        while time.monotonic() < stop:
            if get(port):
                done[index] += 1
            else:
                errors[index] += 1

    workers = [threading.Thread(target=client, args=(index,)) for index in range(threads)]
    start = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    if sum(errors):
        raise SystemExit(f"{sum(errors)} réponses autres que 200")
    return sum(done) / (time.monotonic() - start)


def over_http(rounds, seconds):
    servers = {stack: start_gunicorn(stack) for stack in STACKS}
    try:
        for _stack, (_process, port) in servers.items():
            requests_per_second(port, 0.5)  # warm up
        rates = {stack: [] for stack in STACKS}
        for _ in range(rounds):
            for stack, (_process, port) in servers.items():
                rates[stack].append(requests_per_second(port, seconds))
        return {stack: statistics.median(values) for stack, values in rates.items()}
    finally:
        for process, _port in servers.values():
            process.terminate()
            process.wait(timeout=10)


def main(argv=None):
    from benchmarks.middleware import in_process

    options = parse_args(argv)
    print("Vue constante : en processus (µs de CPU par requête, commandes Redis par requête)")
    local = in_process.in_process(options.rounds, options.requests)
    for stack in STACKS:
        micros, commands = local[stack]
        ratio = local["bare"][0] / micros
        print(f"  {stack:<13} {micros:8.1f} µs  {commands} commande(s) Redis  {ratio:6.1%} {OF_BARE}")
    detail = in_process.detail(options.rounds * 4, options.requests // 6) if options.detail else None
    counts = in_process.instructions() if options.instructions else None
    if counts:
        print("Instructions par requête (valgrind)")
        for stack in STACKS:
            print(f"  {stack:<13} {counts[stack]:>10,}  {counts['bare'] / counts[stack]:6.1%} {OF_BARE}")
    rounds = f"{options.rounds} tours de {options.seconds:g} s"
    print(f"Vue constante sous gunicorn (1 worker sync, {rounds}, médianes)")
    http = over_http(options.rounds, options.seconds)
    for stack in STACKS:
        print(f"  {stack:<13} {http[stack]:8.0f} req/s  {http[stack] / http['bare']:6.1%} {OF_BARE}")
    ratio = http["site"] / http["bare"]
    verdict = "atteint" if ratio >= GOAL else "NON atteint"
    print(f"Objectif : la pile du site ≥ {GOAL:.0%} de la vue sans middleware : {ratio:.1%}, {verdict}")
    from benchmarks import results

    results.save(
        "middleware",
        {
            "cpus": os.cpu_count(),
            "load_average": [round(value, 1) for value in os.getloadavg()],
            "in_process_us": {stack: round(local[stack][0], 1) for stack in STACKS},
            "redis_commands": {stack: local[stack][1] for stack in STACKS},
            "requests_per_second": {stack: round(http[stack]) for stack in STACKS},
            "site_ratio": round(ratio, 3),
            "site_uncached_ratio": round(http["site_uncached"] / http["bare"], 3),
            "goal": GOAL,
            **({"detail_us": detail} if detail else {}),
            **({"instructions": counts} if counts else {}),
        },
        options.output,
    )
