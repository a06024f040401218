"""The settings each environment reads from its variables. A settings module is evaluated afresh
in the test's environment, as a new process would read it; only the deploy check, whose subject
is the production process itself, runs `manage.py` in a subprocess."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" * 20 + "x8#Vq2!mZp4@Lr7$Tn1&Wc5^Hb9*Jd3(Ge6)Fs0"
ENVIRONMENT = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "SITE_URL",
    "SITE_HOST",
    "WAGTAILADMIN_BASE_URL",
    "CSRF_TRUSTED_ORIGINS",
}


def run_manage(*args, **env):
    environment = {
        key: value for key, value in os.environ.items() if key not in ENVIRONMENT | {"DJANGO_SETTINGS_MODULE"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def read_settings(monkeypatch):
    """`read_settings("config.settings.dev", DATABASE_URL=…)`: that module, `base` and `cache`,
    executed again with only these variables among the ones they read; the running settings are
    untouched."""

    def read(name, **env):
        for key in ENVIRONMENT:
            monkeypatch.delenv(key, raising=False)
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        fresh = ["config.settings.cache", "config.settings.base", name]
        package = importlib.import_module("config.settings")
        saved = {key: sys.modules.pop(key) for key in fresh if key in sys.modules}
        try:
            return importlib.import_module(name)
        finally:
            for key in fresh:
                sys.modules.pop(key, None)
                module_name = key.rsplit(".", 1)[1]
                if key in saved:
                    sys.modules[key] = saved[key]
                    setattr(package, module_name, saved[key])
                elif hasattr(package, module_name):
                    delattr(package, module_name)

    return read


def test_production_refuses_to_start_without_a_secret_key(read_settings):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        read_settings("config.settings.production", ALLOWED_HOSTS="pair-a-pair.fr")


def test_production_refuses_to_start_without_allowed_hosts(read_settings):
    with pytest.raises(ImproperlyConfigured, match="ALLOWED_HOSTS"):
        read_settings("config.settings.production", SECRET_KEY=STRONG_KEY)


def test_production_refuses_to_start_without_a_shared_cache(read_settings):
    with pytest.raises(ImproperlyConfigured, match="REDIS_URL"):
        read_settings("config.settings.production", SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="pair-a-pair.fr")


def test_production_passes_check_deploy_without_warnings():
    # The environment of the README's production section: SITE_URL gives the host name.
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
        SITE_URL="https://pair-a-pair.fr",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_takes_its_host_name_from_site_url(read_settings):
    settings = read_settings(
        "config.settings.production",
        SECRET_KEY=STRONG_KEY,
        SITE_URL="https://pair-a-pair.fr/",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert settings.SITE_URL == "https://pair-a-pair.fr"
    assert settings.ALLOWED_HOSTS == ["pair-a-pair.fr"]
    assert settings.CSRF_TRUSTED_ORIGINS == ["https://pair-a-pair.fr"]
    assert settings.WAGTAILADMIN_BASE_URL == "https://pair-a-pair.fr"
    assert settings.DEMO_CONTENT_ALLOWED is False


def test_production_with_allowed_hosts_only_serves_the_first_in_https(read_settings):
    settings = read_settings(
        "config.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="pair-a-pair.fr,www.pair-a-pair.fr",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert settings.SITE_URL == "https://pair-a-pair.fr"
    assert settings.ALLOWED_HOSTS == ["pair-a-pair.fr", "www.pair-a-pair.fr"]


@pytest.mark.parametrize(
    "env, site_url",
    [
        ({}, "http://127.0.0.1:8000"),
        ({"SITE_HOST": "127.0.0.1:8001"}, "http://127.0.0.1:8001"),
        ({"SITE_URL": "http://localhost:8002/", "SITE_HOST": "127.0.0.1:8001"}, "http://localhost:8002"),
    ],
)
def test_dev_site_url_and_the_older_site_host(read_settings, env, site_url):
    settings = read_settings("config.settings.dev", **env)
    assert settings.SITE_URL == site_url
    assert settings.WAGTAILADMIN_BASE_URL == site_url
    assert settings.DEMO_CONTENT_ALLOWED is True


def test_database_url_selects_the_database(read_settings):
    settings = read_settings(
        "config.settings.dev", DATABASE_URL="postgres://postgres@127.0.0.1:5432/whatever"
    )
    assert settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


@pytest.mark.parametrize(
    "redis_url, backend", [("", "LocMemCache"), ("redis://127.0.0.1:6379/1", "RedisCache")]
)
def test_redis_url_selects_the_cache(read_settings, redis_url, backend):
    settings = read_settings("config.settings.dev", REDIS_URL=redis_url)
    assert settings.CACHES["default"]["BACKEND"].endswith(backend)


def test_tasks_log_no_info_line_per_task():
    """Enqueuing and running a task (an index update) writes nothing below a warning, with the
    logging a process sets up from the settings at its start (a test of `db_worker` may have
    raised the level in this one)."""
    import logging
    import logging.config

    from django.conf import settings

    logging.config.dictConfig(settings.LOGGING)
    assert not logging.getLogger("django_tasks").isEnabledFor(logging.INFO)
    assert logging.getLogger("django_tasks").isEnabledFor(logging.WARNING)
