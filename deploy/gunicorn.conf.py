"""gunicorn's configuration for Pair à pair (`make serve`, scripts/serve.py; docs/performance.md).

Threaded workers (gthread): one process per core plus one, a few threads each. Pages spend part
of their time waiting for PostgreSQL and Redis, which threads overlap; the heavy work (PDF) is
printed by a process of its own beside each worker, at a lower CPU priority, so it never holds the
worker's interpreter lock (job_descriptions/downloads/pdf_process.py), and bounded per process
(job_descriptions/downloads/limits.py). Every value can be set from the environment (GUNICORN_*,
WEB_CONCURRENCY).
"""

import os


def _cores():
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _int(name, default):
    return int(os.environ.get(name, default))


CORES = _cores()

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
workers = _int("WEB_CONCURRENCY", CORES + 1)
threads = _int("GUNICORN_THREADS", 4)
# A request still running after this many seconds is killed with its worker (a new one starts).
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 20)
# Behind nginx, connections are reused: keep them a little longer than nginx's upstream keepalive.
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Request recycling: each worker is replaced after about this many requests (jitter: not all at
# once), which bounds the memory a slow leak could take.
# Recycling bounds what a slow leak could take; each recycle costs the other workers a burst of CPU
# (a new PDF process, new connections), so it is kept rare: every few minutes at the load test's
# 200 requests per second, every few hours at ordinary traffic (docs/performance.md).
max_requests = _int("GUNICORN_MAX_REQUESTS", 20000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 2000)
# The application is imported once, before the workers are forked: faster starts, shared memory.
# Django opens no database or Redis connection at import: each worker makes its own.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() in {"1", "true", "yes", "on"}
backlog = _int("GUNICORN_BACKLOG", 2048)
# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# No access log by default (nginx writes one); GUNICORN_ACCESS_LOG=- writes it to stdout.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The visitor's protocol comes from nginx (SECURE_PROXY_SSL_HEADER); trust only the local proxy.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = "pair-a-pair"


def when_ready(server):
    """In the master, once the application is loaded (preload_app): what every worker's first
    requests would do, done before the workers are forked (core/warm_up.py)."""
    if preload_app:
        import gc

        from core.warm_up import warm_up

        warm_up()
        # What the master holds now is never collected again: the workers neither scan it nor
        # copy the memory pages the collector would touch.
        gc.freeze()


def post_worker_init(worker):
    """Each worker starts its PDF process now, not at its first PDF (loading WeasyPrint takes about
    a second): job_descriptions/downloads/pdf_process.py."""
    from job_descriptions.downloads.pdf_writer import prepare_printer

    prepare_printer()
