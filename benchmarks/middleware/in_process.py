"""The in-process measures of `python -m benchmarks.middleware`: Django's WSGI handler called
directly with the constant view's request, CPU time per request (`time.process_time`, which counts
this process only, so other processes of a shared machine change it less than a wall clock), the
Redis commands one request sends, the cost of each middleware and, with valgrind, the instructions
one request runs (the same on a busy machine as on an idle one)."""

import os
import shutil
import statistics
import subprocess
import sys
import time
from contextlib import nullcontext
from pathlib import Path

STACKS = ["bare", "django", "site", "site_uncached"]
ROOT = Path(__file__).resolve().parents[2]


def _setup():
    import django

    from benchmarks.middleware.run import environment

    os.environ.update(environment("site"))
    django.setup()


def _handlers(stacks):
    """{name: (WSGIHandler, settings context for its requests)}: the stacks of settings.py, or
    "first:N", the first N middlewares of the site's (for `detail`)."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.test.utils import override_settings

    from benchmarks.middleware.settings import STACKS as MIDDLEWARE
    from benchmarks.middleware.settings import UNCACHED_PATHS

    handlers = {}
    for name in stacks:
        middleware = MIDDLEWARE[name] if name in MIDDLEWARE else MIDDLEWARE["site"][: int(name[6:])]
        with override_settings(MIDDLEWARE=middleware):
            handler = WSGIHandler()
        uncached = name == "site_uncached" or name.startswith("first:")
        context = override_settings(PAGE_CACHE_EXCLUDED_PATHS=UNCACHED_PATHS) if uncached else None
        handlers[name] = handler, context
    return handlers


def _caller(handler):
    from django.test import RequestFactory

    from benchmarks.middleware.settings import CONSTANT_PATH

    environ = RequestFactory(SERVER_NAME="127.0.0.1")._base_environ(PATH_INFO=CONSTANT_PATH)

    def call():
        response = handler(dict(environ), lambda status, headers: None)
        assert response.status_code == 200, response.status_code
        response.close()

    return call


def _time(call, requests):
    start = time.process_time()
    for _ in range(requests):
        call()
    return (time.process_time() - start) / requests * 1e6


def measure(rounds, requests, stacks=STACKS, warm_up=200):
    """{stack: [µs of CPU per request, one figure per round]}, rounds interleaved."""
    micros = {}
    handlers = _handlers(stacks)
    for name, (handler, context) in handlers.items():
        with context or nullcontext():
            call = _caller(handler)
            for _ in range(warm_up):  # imports, the site in the cache, connections, the page cache
                call()
        micros[name] = []
    for _ in range(rounds):
        for name, (handler, context) in handlers.items():
            with context or nullcontext():
                micros[name].append(_time(_caller(handler), requests))
    return micros


def redis_commands(stack):
    from testing.redis_commands import recorded_redis_commands

    handler, context = _handlers([stack])[stack]
    with context or nullcontext():
        call = _caller(handler)
        call()
        with recorded_redis_commands() as sent:
            call()
    return len(sent)


def in_process(rounds, requests):
    """{stack: (median µs of CPU per request, Redis commands per request)}."""
    from django.conf import settings

    _setup()
    micros = measure(rounds, requests)
    assert settings.CACHES["default"]["BACKEND"] == "core.redis_cache.RedisCache"
    return {stack: (statistics.median(micros[stack]), redis_commands(stack)) for stack in STACKS}


def detail(rounds, requests):
    """µs of CPU each middleware of the site adds to the constant view kept out of the page cache
    (every middleware runs), as stacks growing one middleware at a time: the smallest figure of
    many short interleaved rounds, the least disturbed by other processes."""
    from benchmarks.middleware.settings import STACKS as MIDDLEWARE

    site = MIDDLEWARE["site"]
    stacks = [f"first:{length}" for length in range(len(site) + 1)]
    micros = measure(rounds, requests, stacks)
    smallest = [min(micros[name]) for name in stacks]
    added = {name: after - before for name, before, after in zip(site, smallest, smallest[1:], strict=False)}
    print("Coût de chaque middleware du site, vue constante hors du cache des pages (µs de CPU ajoutées)")
    for name, micros in added.items():
        print(f"  {micros:+7.1f} µs  {name}")
    return {name: round(micros, 1) for name, micros in added.items()}


# Instructions (valgrind) ------------------------------------------------------------------------

CHILD = "benchmarks.middleware.in_process"


def _valgrind_instructions(stack, requests):
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        "-m",
        CHILD,
        stack,
        str(requests),
    ]
    result = subprocess.run(
        command, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"}, capture_output=True, text=True
    )
    for line in result.stderr.splitlines():
        if "I   refs:" in line or "I refs:" in line:
            return int(line.rsplit(":", 1)[1].strip().replace(",", ""))
    raise SystemExit(f"valgrind n'a pas compté les instructions ({stack}) :\n{result.stderr[-2000:]}")


def instructions(requests=1000):
    """{stack: instructions per request}: two runs per stack under valgrind, `requests` apart,
    whose difference leaves out the start-up (every run builds every stack's handler)."""
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions demande valgrind (apt-get install valgrind)")
    counts = {}
    for stack in STACKS:
        few, many = (_valgrind_instructions(stack, count) for count in (100, 100 + requests))
        counts[stack] = round((many - few) / requests)
    return counts


def _child(stack, requests):
    """Under valgrind: every stack's handler built, then `requests` requests of one stack."""
    _setup()
    handlers = _handlers(STACKS)
    handler, context = handlers[stack]
    with context or nullcontext():
        call = _caller(handler)
        for _ in range(50):
            call()
        for _ in range(requests):
            call()


if __name__ == "__main__":
    _child(sys.argv[1], int(sys.argv[2]))
