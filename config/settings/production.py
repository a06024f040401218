"""Production: refuses to start without a real secret key, allowed hosts and a shared cache."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import env_bool, env_list

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith(("dev-", "test-", "django-insecure")):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters in production."
    )
# SITE_URL, the public address, gives the allowed host unless ALLOWED_HOSTS lists them all.
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", urlsplit(SITE_URL).hostname or "")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "SITE_URL (e.g. https://pair-a-pair.fr) or ALLOWED_HOSTS must give the site's host name "
        "in production."
    )
SITE_URL = SITE_URL or f"https://{ALLOWED_HOSTS[0]}"
# No demo content, hence no demo account with a published password, on a production site.
DEMO_CONTENT_ALLOWED = False
if not os.environ.get("REDIS_URL"):
    # The page chrome, routing and search vocabulary are cached until an editor changes something:
    # every process (each gunicorn worker, the scheduled publishing command) must see that change.
    raise ImproperlyConfigured(
        "REDIS_URL must point to the cache shared by every process of the site in production."
    )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", SITE_URL)
# Background tasks wait in PostgreSQL for `manage.py db_worker` (started by `make serve`);
# TASKS_BACKEND=immediate runs them in the command that enqueues them (a bulk import, for one).
if os.environ.get("TASKS_BACKEND", "database") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# WeasyPrint never holds the web workers' interpreter lock (docs/performance.md).
DOWNLOADS_PDF_PROCESS = env_bool("DOWNLOADS_PDF_PROCESS", True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)
# Behind deploy/nginx/pair-a-pair.conf, which overwrites X-Real-IP with the visitor's address.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "HTTP_X_REAL_IP")
# Moderators and administrators read the consent records: a second factor is mandatory for them.
TWO_FACTOR_REQUIRED_GROUPS = env_list("TWO_FACTOR_REQUIRED_GROUPS", "Modérateur·rice,Administrateur·rice")
if env_bool("SENDFILE_NGINX", True):
    # Behind deploy/nginx/pair-a-pair.conf: documents leave Django as X-Accel-Redirect responses.
    SENDFILE_BACKEND = "config.sendfile_nginx"
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        # Testimonies hold health data: no user, cookie, header or form content leaves the site.
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405
