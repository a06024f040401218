"""`make serve`: the site as in production, gunicorn (deploy/gunicorn.conf.py) and the background
task worker (`manage.py db_worker`), started together and stopped together.

    python scripts/serve.py [--env-file FILE] [--bind 127.0.0.1:8000] [--no-prepare]

The environment comes first; FILE (KEY=value lines) only fills what it does not set. With
deploy/serve-local.env (the default of `make serve`), the site runs on 127.0.0.1 against the
machine's PostgreSQL and Redis, with a secret key drawn at each start: local use only. Before
starting, the database is migrated and the static files collected (--no-prepare skips both).
If gunicorn stops, the worker is stopped too; a task worker that stops (it does when PostgreSQL
is away) is started again, after 1 s, then up to 30 s; SIGINT or SIGTERM stop both.
"""

import argparse
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANAGE = [sys.executable, str(ROOT / "manage.py")]
STOP_TIMEOUT = 25
WORKER_BACKOFF = (1, 30)  # seconds before the task worker is started again: first, at most


def read_env_file(path):
    values = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip().isidentifier():
            raise SystemExit(f"{path}:{number} : ligne invalide (attendu CLÉ=valeur)")
        values[key.strip()] = value.strip().strip('"').strip("'")
    return values


def environment(env_file):
    env = dict(os.environ)
    if env_file:
        for key, value in read_env_file(env_file).items():
            env.setdefault(key, value)
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    if not env.get("SECRET_KEY") and env.get("SERVE_LOCAL", "").lower() == "true":
        # Local only: sessions last as long as this run.
        env["SECRET_KEY"] = secrets.token_urlsafe(64)
    return env


def prepare(env):
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput", "--verbosity", "0"]):
        subprocess.run(MANAGE + command, env=env, cwd=ROOT, check=True)


def commands(bind, worker_interval):
    gunicorn = [
        sys.executable,
        "-m",
        "gunicorn",
        "config.wsgi",
        "-c",
        str(ROOT / "deploy" / "gunicorn.conf.py"),
    ]
    if bind:
        gunicorn += ["--bind", bind]
    worker = MANAGE + ["db_worker", "--no-reload", "--interval", str(worker_interval)]
    return {"gunicorn": gunicorn, "worker": worker}


def stop(processes):
    for process in processes.values():
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    for process in processes.values():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run(env, bind=None, worker_interval=1):
    argvs = commands(bind, worker_interval)
    processes = {name: subprocess.Popen(argv, env=env, cwd=ROOT) for name, argv in argvs.items()}
    stopping = {"signal": None}
    restart_at, backoff, worker_started = None, WORKER_BACKOFF[0], time.monotonic()

    def on_signal(signum, _frame):
        stopping["signal"] = signum

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        while stopping["signal"] is None:
            if processes["gunicorn"].poll() is not None:
                code = processes["gunicorn"].returncode
                print(f"serve : gunicorn s'est arrêté (code {code}), arrêt du worker.", file=sys.stderr)
                break
            worker = processes["worker"]
            if worker.poll() is not None and restart_at is None:
                # The task worker stops on a database it cannot reach (a PostgreSQL restart): the
                # site goes on serving; the worker is started again, a little later each time.
                print(
                    f"serve : le worker des tâches s'est arrêté (code {worker.returncode}), "
                    f"relancé dans {backoff} s.",
                    file=sys.stderr,
                )
                restart_at = time.monotonic() + backoff
            if restart_at is not None and time.monotonic() >= restart_at:
                processes["worker"] = subprocess.Popen(argvs["worker"], env=env, cwd=ROOT)
                restart_at, worker_started = None, time.monotonic()
                backoff = min(backoff * 2, WORKER_BACKOFF[1])
            elif restart_at is None and time.monotonic() - worker_started > 60:
                backoff = WORKER_BACKOFF[0]  # up for a minute: the next stop is a new incident
            time.sleep(0.2)
    finally:
        stop(processes)
    if stopping["signal"] is not None:
        return 0
    return processes["gunicorn"].returncode or 1


def main(argv=None):
    parser = argparse.ArgumentParser(prog="scripts/serve.py", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--env-file", help="variables d'environnement (CLÉ=valeur) qui complètent l'environnement"
    )
    parser.add_argument(
        "--bind", help="adresse d'écoute de gunicorn (par défaut GUNICORN_BIND ou 127.0.0.1:8000)"
    )
    parser.add_argument(
        "--no-prepare", action="store_true", help="ni migrate ni collectstatic avant de démarrer"
    )
    parser.add_argument(
        "--worker-interval", type=float, default=1, help="secondes entre deux lectures de la file"
    )
    args = parser.parse_args(argv)
    env = environment(args.env_file)
    if not args.no_prepare:
        prepare(env)
    return run(env, bind=args.bind, worker_interval=args.worker_interval)


if __name__ == "__main__":
    sys.exit(main())
