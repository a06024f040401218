"""`make serve`: the site as in production, gunicorn (deploy/gunicorn.conf.py) and the background
task worker (`manage.py db_worker`), started together and stopped together.

    python scripts/serve.py [--env-file FILE] [--bind 127.0.0.1:8000] [--no-prepare]

The environment comes first; FILE (KEY=value lines) only fills what it does not set. With
deploy/serve-local.env (the default of `make serve`), the site runs on 127.0.0.1 against the
machine's PostgreSQL and Redis, with a secret key drawn at each start: local use only. Before
starting, the database is migrated and the static files collected (--no-prepare skips both).
If either process stops, the other is stopped too; SIGINT or SIGTERM stop both.
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
    processes = {
        name: subprocess.Popen(argv, env=env, cwd=ROOT)
        for name, argv in commands(bind, worker_interval).items()
    }
    stopping = {"signal": None}

    def on_signal(signum, _frame):
        stopping["signal"] = signum

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        while stopping["signal"] is None:
            ended = [name for name, process in processes.items() if process.poll() is not None]
            if ended:
                code = processes[ended[0]].returncode
                print(f"serve : {ended[0]} s'est arrêté (code {code}), arrêt de tout.", file=sys.stderr)
                break
            time.sleep(0.2)
    finally:
        stop(processes)
    if stopping["signal"] is not None:
        return 0
    return next((p.returncode for p in processes.values() if p.returncode), 1) or 1


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
