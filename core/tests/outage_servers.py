"""Real servers that the fault tests stop and start again: a private redis-server, a throwaway
PostgreSQL cluster (initdb on a temporary directory) and gunicorn serving the site against it, each
on a free port of 127.0.0.1 and stopped at the end.
"""

import glob
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from config.tests.servers import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
PG_BINDIRS = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
PG_BIN = Path(PG_BINDIRS[0]) if PG_BINDIRS else None


def missing_servers():
    """What the fault tests need and this machine lacks (scripts/install-test-deps.sh installs it)."""
    missing = []
    if not os.path.exists(REDIS_SERVER):
        missing.append("redis-server")
    if PG_BIN is None or not (PG_BIN / "pg_ctl").exists():
        missing.append("postgresql")
    return missing


def _stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


class PrivateRedis:
    """A redis-server whose data survives `kill()` (saved first) and comes back with `start()`."""

    def __init__(self, directory):
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.directory)]
            + ["--dbfilename", "dump.rdb", "--save", "", "--appendonly", "no", "--daemonize", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.process)

    def client(self):
        import redis

        return redis.Redis.from_url(self.url, socket_timeout=5)

    def kill(self):
        """Saves the data set (as a Redis with snapshots would have), then dies without a word."""
        self.client().save()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process is not None:
            _stop(self.process)


def _as_postgres():
    """initdb and postgres refuse to run as root: run them as the postgres user then."""
    if os.geteuid() != 0:
        return {}
    user = pwd.getpwnam("postgres")

    def demote():
        os.setgid(user.pw_gid)
        os.setuid(user.pw_uid)

    return {"preexec_fn": demote}


class ThrowawayPostgres:
    """A PostgreSQL cluster of its own, holding a copy of a database of the machine's server."""

    def __init__(self):
        self.directory = Path(tempfile.mkdtemp(prefix="pairapair-pg-"))
        if os.geteuid() == 0:
            os.chown(self.directory, pwd.getpwnam("postgres").pw_uid, -1)
        self.data = self.directory / "data"
        self.port = free_port()

    def _run(self, *command, **kwargs):
        options = {"check": True, "capture_output": True, "timeout": 60, **_as_postgres(), **kwargs}
        return subprocess.run(command, **options)

    def init(self):
        initdb = str(PG_BIN / "initdb")
        self._run(initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")

    def start(self):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.directory / "log")
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def stop(self, mode="fast"):
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def copy_database(self, source, name="site"):
        """`source` ({HOST, PORT, USER, NAME} of Django's settings) copied here as `name`."""
        self._run(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        host, port = source["HOST"] or "127.0.0.1", str(source["PORT"] or 5432)
        dump = subprocess.Popen(
            [str(PG_BIN / "pg_dump"), "-Fc", "-h", host, "-p", port]
            + ["-U", source["USER"] or "postgres", source["NAME"]],
            stdout=subprocess.PIPE,
        )
        restore = subprocess.run(
            [str(PG_BIN / "pg_restore"), "--no-owner", "-h", "127.0.0.1", "-p", str(self.port)]
            + ["-U", "postgres", "-d", name],
            stdin=dump.stdout,
            capture_output=True,
            timeout=120,
        )
        dump.stdout.close()
        assert dump.wait(timeout=60) == 0 and restore.returncode == 0, restore.stderr.decode()
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def remove(self):
        if (self.data / "postmaster.pid").exists():
            subprocess.run(
                [str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=30,
                **_as_postgres(),
            )
        shutil.rmtree(self.directory, ignore_errors=True)


@contextmanager
def gunicorn_site(database_url, log, settings="config.settings.test"):
    """Yields the base URL of one gunicorn worker serving the site against `database_url`, and its
    process; what it logs goes to the file `log`."""
    port = free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "DATABASE_URL": database_url,
        "DB_CONN_MAX_AGE": "60",
        "REDIS_URL": "",
    }
    with open(log, "w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
            + ["--timeout", "30", "--log-level", "warning"],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=output,
        )
        try:
            wait_for_port(port, process, timeout=30)
            yield f"http://127.0.0.1:{port}", process
        finally:
            _stop(process)
