"""The site as `make serve` runs it, for the load test: `Site` starts scripts/serve.py (gunicorn
with deploy/gunicorn.conf.py and the task worker) on a free port of 127.0.0.1, against the load
test's own PostgreSQL and Redis (testing/servers.py), never the machine's.
"""

import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from testing.servers import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]


class Site:
    """scripts/serve.py (gunicorn and the task worker) against the private servers."""

    def __init__(self, workdir, database_url, redis_url, workers=None):
        self.workdir = Path(workdir)
        self.port = free_port()
        self.process = None
        self.media = self.workdir / "media"
        self.env = dict(os.environ)
        self.env.update(
            {
                "DJANGO_SETTINGS_MODULE": "config.settings.production",
                "SECRET_KEY": "loadtest-" + os.urandom(32).hex(),
                "ALLOWED_HOSTS": "127.0.0.1,localhost",
                "DATABASE_URL": database_url,
                "REDIS_URL": redis_url,
                "MEDIA_ROOT": str(self.media),
                "SECURE_SSL_REDIRECT": "false",
                "SECURE_HSTS_SECONDS": "0",
                "SENDFILE_NGINX": "false",
                "SITE_HOST": f"127.0.0.1:{self.port}",
                "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{self.port}",
                "GUNICORN_BIND": f"127.0.0.1:{self.port}",
                "LOG_LEVEL": "WARNING",
                "GUNICORN_LOG_LEVEL": "warning",
            }
        )
        if workers:
            self.env["WEB_CONCURRENCY"] = str(workers)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def manage(self, *argv, timeout=900, **env):
        return subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *argv],
            env={**self.env, **env},
            cwd=ROOT,
            check=True,
            timeout=timeout,
            capture_output=True,
            text=True,
        )

    def prepare(self):
        """Migrations, the demo content (its published files queued for the worker) and static files."""
        self.media.mkdir(parents=True, exist_ok=True)
        self.manage("migrate", "--noinput")
        # Its index updates and files made as it goes, not queued for the worker by the hundred;
        # under the development settings, since production refuses to load demo content.
        self.manage(
            "load_demo_content", TASKS_BACKEND="immediate", DJANGO_SETTINGS_MODULE="config.settings.dev"
        )
        # Always: a manifest left by an earlier run may lack a file added since.
        self.manage("collectstatic", "--noinput")

    def start(self):
        log = open(self.workdir / "serve.log", "ab")  # noqa: SIM115  (closed with the process)
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "scripts" / "serve.py"), "--no-prepare"],
            env=self.env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for_port(self.port, timeout=60, process=self.process)
        self.wait_until_ready()

    def wait_until_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/", timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.3)
        raise RuntimeError("le site ne répond pas 200 sur /")

    def wait_for_task_queue(self, timeout=600):
        """Until the background worker has run every queued task (the demo's index updates, the
        job descriptions' files)."""
        script = (
            "from django_tasks_db.models import DBTaskResult;"
            "print(DBTaskResult.objects.filter(status__in=['READY', 'RUNNING']).count())"
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            lines = self.manage("shell", "-c", script).stdout.strip().splitlines()
            if lines and lines[-1] == "0":  # after "N objects imported automatically"
                return
            time.sleep(2)
        raise RuntimeError("le worker n'a pas vidé la file des tâches à temps")

    def worker_pids(self):
        """The gunicorn workers (children of the gunicorn master started by serve.py)."""
        import psutil

        serve = psutil.Process(self.process.pid)
        pids = []
        for child in serve.children():
            if "gunicorn" in " ".join(child.cmdline()):
                pids.extend(grandchild.pid for grandchild in child.children())
        return pids

    def worker_rss_mb(self):
        import psutil

        return [round(psutil.Process(pid).memory_info().rss / 2**20, 1) for pid in self.worker_pids()]

    def pdf_process_rss_mb(self):
        """The PDF process beside each worker (job_descriptions/downloads/pdf_process.py)."""
        import psutil

        sizes = []
        for pid in self.worker_pids():
            for child in psutil.Process(pid).children():
                if "multiprocessing.spawn" in " ".join(child.cmdline()):
                    sizes.append(round(child.memory_info().rss / 2**20, 1))
        return sizes

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait(timeout=10)
        self.process = None


def temporary_folder():
    folder = tempfile.mkdtemp(prefix="pairapair-loadtest-")
    os.chmod(folder, 0o755)  # the postgres user reaches its cluster inside
    return folder
