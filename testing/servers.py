"""Real servers on 127.0.0.1, for the tests and the benchmarks, never the machine's own.

`free_port` and `wait_for_port`; `PrivateRedis`, a redis-server of its own; `PrivatePostgres`, a
PostgreSQL cluster of its own (initdb in a folder of its own). Each listens on a free port of
127.0.0.1 only, can be stopped and started again (the fault tests and `make loadtest` do), and
is stopped by whoever started it. `missing_servers()` names what this machine lacks
(scripts/install-test-deps.sh installs it).
"""

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
# Debian keeps PostgreSQL's server programs out of PATH, one folder per major version.
PG_BINDIRS = sorted(
    glob.glob("/usr/lib/postgresql/*/bin"),
    key=lambda d: [int(n) for n in Path(d).parent.name.split(".") if n.isdigit()],
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process=None, timeout=10):
    """Returns once something listens on `port`; fails if `process` stops or after `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server stopped at start (exit code {process.returncode})")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def postgres_program(name):
    """The path of PostgreSQL's program `name` (initdb, pg_ctl, pg_dump…), the newest version's."""
    for folder in reversed(PG_BINDIRS):
        if os.access(Path(folder) / name, os.X_OK):
            return str(Path(folder) / name)
    return shutil.which(name)


def missing_servers():
    """What the private servers need and this machine lacks, as Debian package names."""
    missing = []
    if not os.access(REDIS_SERVER, os.X_OK):
        missing.append("redis-server")
    if postgres_program("initdb") is None or postgres_program("pg_ctl") is None:
        missing.append("postgresql")
    return missing


def _stop(process, timeout=10):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)


class PrivateRedis:
    """A redis-server whose data lives in `directory`. It saves nothing on its own; `kill()` saves
    first (as a Redis with snapshots would have), then dies without a word, and `start()` comes
    back with what was saved. `maxmemory` ("256mb") evicts the least recently used keys."""

    def __init__(self, directory, maxmemory=None):
        self.directory = Path(directory)
        self.maxmemory = maxmemory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        command = [REDIS_SERVER, "--bind", "127.0.0.1", "--port", str(self.port)]
        command += ["--dir", str(self.directory), "--dbfilename", "dump.rdb", "--save", ""]
        command += ["--appendonly", "no", "--daemonize", "no"]
        if self.maxmemory:
            command += ["--maxmemory", self.maxmemory, "--maxmemory-policy", "allkeys-lru"]
        self.directory.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port, self.process, timeout=30)

    def client(self):
        import redis

        return redis.Redis.from_url(self.url, socket_timeout=5)

    def kill(self):
        """Saves the data set, then SIGKILL."""
        self.client().save()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process is not None:
            _stop(self.process)
        self.process = None


@contextmanager
def private_redis(maxmemory=None):
    """A started PrivateRedis in a temporary folder, stopped and removed at the end."""
    with tempfile.TemporaryDirectory(prefix="pairapair-redis-") as folder:
        server = PrivateRedis(folder, maxmemory=maxmemory)
        server.start()
        try:
            yield server
        finally:
            server.stop()


class PrivatePostgres:
    """A cluster in `directory` (a new temporary folder by default): trust authentication, no
    fsync, on 127.0.0.1:<port> only, no Unix socket. initdb and postgres refuse to run as root:
    under root, they run as the system's postgres user, who then owns `directory`."""

    def __init__(self, directory=None):
        self.directory = Path(directory) if directory else Path(tempfile.mkdtemp(prefix="pairapair-pg-"))
        self.data = self.directory / "data"
        self.log = self.directory / "postgres.log"
        self.port = free_port()
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def _run(self, program, *argv, timeout=120):
        command = [*self.as_postgres, postgres_program(program), *argv]
        return subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout)

    def init(self):
        self.directory.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            shutil.chown(self.directory, "postgres", "postgres")
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )

    def start(self):
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start"
        )
        wait_for_port(self.port, timeout=30)

    def running(self):
        return (self.data / "postmaster.pid").exists()

    def stop(self, mode="fast"):
        """Stops the cluster if it runs ("fast": sessions ended, "immediate": as a crash would)."""
        if self.running():
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def create_database(self, name):
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        return self.url(name)

    def copy_database(self, source, name="site"):
        """`source` ({HOST, PORT, USER, NAME} of Django's settings) copied here as `name`."""
        url = self.create_database(name)
        host, port = source["HOST"] or "127.0.0.1", str(source["PORT"] or 5432)
        dump = subprocess.Popen(
            [postgres_program("pg_dump"), "-Fc", "-h", host, "-p", port]
            + ["-U", source["USER"] or "postgres", source["NAME"]],
            stdout=subprocess.PIPE,
        )
        restore = subprocess.run(
            [postgres_program("pg_restore"), "--no-owner", "-h", "127.0.0.1", "-p", str(self.port)]
            + ["-U", "postgres", "-d", name],
            stdin=dump.stdout,
            capture_output=True,
            timeout=120,
        )
        dump.stdout.close()
        if dump.wait(timeout=60) != 0 or restore.returncode != 0:
            raise RuntimeError(f"copy of {source['NAME']} failed: {restore.stderr.decode()}")
        return url

    def remove(self):
        """Stopped at once, its folder removed."""
        try:
            self.stop(mode="immediate")
        except subprocess.SubprocessError:
            pass
        shutil.rmtree(self.directory, ignore_errors=True)
