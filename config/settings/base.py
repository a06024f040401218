"""Settings shared by every environment. Values that differ come from environment variables."""

import os
from datetime import timedelta
from email.utils import getaddresses
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .environment import env_bool, env_list

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    # The project's apps, from the top of the house to its base (docs/architecture.md).
    "demo",
    "feedback",
    "home",
    # The open API (/api/v2/), read-only: pages, documents and images anyone may read.
    "api",
    "search",
    # Before wagtail: its publish_scheduled command refuses testimonies without consent.
    "testimonies",
    "guides",
    "job_descriptions",
    "library",
    "taxonomy",
    "editorial",
    "core",
    "resources",
    "accounts",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Its translations: Wagtail writes workflow dates with its naturaltime ("il y a une minute").
    "django.contrib.humanize",
    # Django's background tasks (the backport Wagtail 8 uses) and their database queue.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: a cached page, stored with the headers of the middlewares below, runs none of them
    # and needs neither database nor session (core/page_cache.py).
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy, Permissions-Policy, CORP (config/security_headers.py).
    "config.security_headers.ContentSecurityPolicyMiddleware",
    "config.security_headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, reading the language from the path alone (core/locale.py).
    "core.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware: only hosts allowed by ALLOWED_HOSTS get a cache entry.
    "core.routing.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Admin URLs naming a withdrawn testimony, in views that do not check it themselves.
    "testimonies.admin_guard.WithdrawnTestimonyGuard",
    # Django's, its storage built only when a view reads or adds a message (core/lazy_messages.py).
    "core.lazy_messages.LazyMessageMiddleware",
    # Accounts (accounts/middleware.py): second factor, the admin's idle timeout, page passwords.
    "accounts.middleware.TwoFactorMiddleware",
    "accounts.middleware.AdminIdleTimeoutMiddleware",
    "accounts.middleware.PagePasswordThrottleMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A view's connection-level database error is the 503 page (core/unavailable.py).
    "core.unavailable.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: SQLite in the project folder for a first run; set DATABASE_URL for PostgreSQL,
# e.g. postgres://postgres@127.0.0.1:5432/pairapair
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        # A persistent connection is checked before its first use in a request: after a
        # PostgreSQL restart the next request reconnects instead of failing (core/unavailable.py).
        conn_health_checks=env_bool("DB_CONN_HEALTH_CHECKS", True),
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # A PostgreSQL that does not answer is a 503 within seconds, not a worker stuck until its timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DB_CONNECT_TIMEOUT", "3"))
    )
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")

# The cache (Redis or memory) and the search statistics kept in it (config/settings/cache.py).
from .cache import *  # noqa: E402, F401, F403

AUTHENTICATION_BACKENDS = [
    # Refuses any login of a locked-out user and IP address before checking the password.
    "accounts.backends.LoginThrottlingBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French first, served without prefix; English under /en/.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
# Content languages as the admin names them, in the admin's language ("Publier en anglais"); the
# language switchers keep the endonyms above.
WAGTAIL_CONTENT_LANGUAGES = [("fr", _("français")), ("en", _("anglais"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Where nginx's `internal` location reads the documents it sends after Django's check
# (config/sendfile_nginx.py; SENDFILE_BACKEND is set in production only).
SENDFILE_ROOT = MEDIA_ROOT
SENDFILE_URL = "/_protected-media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# The one upload limit of the site, in megabytes: Wagtail's documents and images below, and
# client_max_body_size in deploy/nginx/pair-a-pair.conf (config/tests/test_upload_limit.py checks
# that they agree). Django's own DATA_UPLOAD_MAX_MEMORY_SIZE counts form fields, not files, and
# FILE_UPLOAD_MAX_MEMORY_SIZE only decides when an upload goes to a temporary file: both keep
# Django's defaults.
UPLOAD_MAX_MB = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background tasks (Wagtail's search index and reference index, the job descriptions' files):
# run at once in the process that enqueues them, unless TASKS_BACKEND=database, where they wait in
# a PostgreSQL table for `manage.py db_worker` (production and `make serve` start one).
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if TASKS_BACKEND == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# The open API (api/, docs/api.md): requests per client and window (seconds) that the full-page
# cache does not answer, items per answer at most, rich text as HTML with its links resolved.
API_REQUESTS_PER_CLIENT = int(os.environ.get("API_REQUESTS_PER_CLIENT", "120"))
API_WINDOW = int(os.environ.get("API_WINDOW", "60"))
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
# Social card images drawn per client and minute (core/social_images.py); a drawn one is read back.
SOCIAL_IMAGES_PER_CLIENT = int(os.environ.get("SOCIAL_IMAGES_PER_CLIENT", "20"))

# Personalised job descriptions, rendered in the request (job_descriptions/downloads/limits.py):
# files per visitor and window (seconds), PDF renderings at once per process, seconds a request
# waits for one, Retry-After when none is free.
DOWNLOADS_PERSONALISED_PER_CLIENT = int(os.environ.get("DOWNLOADS_PERSONALISED_PER_CLIENT", "10"))
DOWNLOADS_PERSONALISED_WINDOW = int(os.environ.get("DOWNLOADS_PERSONALISED_WINDOW", "60"))
DOWNLOADS_HEAVY_SLOTS_PER_WORKER = int(os.environ.get("DOWNLOADS_HEAVY_SLOTS_PER_WORKER", "1"))
DOWNLOADS_HEAVY_SLOT_WAIT = float(os.environ.get("DOWNLOADS_HEAVY_SLOT_WAIT", "2"))
DOWNLOADS_HEAVY_RETRY_AFTER = 10
# Seconds the file of the same choices is kept, sealed, for a new download (0: never kept).
DOWNLOADS_PERSONALISED_CACHE_TIMEOUT = int(os.environ.get("DOWNLOADS_PERSONALISED_CACHE_TIMEOUT", "600"))
# PDFs printed by a process of their own beside each process that asks for them, at a lower CPU
# priority than the pages (job_descriptions/downloads/pdf_process.py); on in production.
DOWNLOADS_PDF_PROCESS = env_bool("DOWNLOADS_PDF_PROCESS", False)
DOWNLOADS_PDF_PROCESS_NICE = int(os.environ.get("DOWNLOADS_PDF_PROCESS_NICE", "10"))

# Wagtail
WAGTAIL_SITE_NAME = "Pair à pair"
# The site's public address, the one source of the Wagtail Site's host name and port
# (`manage.py setup_site`), of the links in e-mails and, in production, of the allowed host.
# SITE_HOST ("host:port", as older `make run` set it) stands for http://SITE_HOST.
SITE_URL = (
    os.environ.get("SITE_URL")
    or (f"http://{os.environ['SITE_HOST']}" if os.environ.get("SITE_HOST") else "http://127.0.0.1:8000")
).rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)
# `manage.py load_demo_content` (demo accounts with published passwords) refuses to run when False.
DEMO_CONTENT_ALLOWED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatar from gravatar.com: the admin loads nothing from another host (its policy blocks it).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Page addresses in plain ASCII: « paire-a-laccueil », never « paire-%C3%A0-laccueil ».
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Admin date fields in French order, never ISO (the date pickers follow these).
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
# One search backend per content language over the same index table (see search/backends.py):
# French pages stemmed as French, English pages as English; accents ignored (search migrations).
# After changing a configuration: `manage.py update_index`.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "LANGUAGE": "fr",
        "SEARCH_CONFIG": "french_unaccent" if DATABASE_IS_POSTGRES else None,
        "AUTOCOMPLETE_CONFIG": "simple_unaccent" if DATABASE_IS_POSTGRES else None,
    },
    "english": {
        "BACKEND": "search.backends",
        "LANGUAGE": "en",
        "SEARCH_CONFIG": "english_unaccent" if DATABASE_IS_POSTGRES else None,
        "AUTOCOMPLETE_CONFIG": "simple_unaccent" if DATABASE_IS_POSTGRES else None,
    },
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "csv", "txt"]
# Documents are only ever served by Wagtail's view, after its permission checks (the private
# "Consentements" collection); in production nginx then sends the bytes (SENDFILE_BACKEND).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = UPLOAD_MAX_MB * 1024 * 1024
# Refuses a document whose content does not match its extension (core/document_checks.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.document_checks.CheckedDocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = UPLOAD_MAX_MB * 1024 * 1024
# Raster formats only (an SVG can carry scripts); Pillow decodes each upload, within this size.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# A new translation starts as a draft: readers never get a page still written in the source language.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Days a withdrawn testimony's revisions are kept (for moderators only) before
# `manage.py purge_withdrawn_revisions` deletes them.
WITHDRAWN_TESTIMONY_RETENTION_DAYS = int(os.environ.get("WITHDRAWN_TESTIMONY_RETENTION_DAYS", "30"))
# The admin login in French from its first screen (Wagtail's password field has no translated label).
WAGTAILADMIN_USER_LOGIN_FORM = "editorial.forms.LoginForm"

LOGIN_URL = "wagtailadmin_login"

# Login throttling (django-axes): AXES_FAILURE_LIMIT wrong passwords for one user name from one
# address lock that pair for AXES_COOLOFF_MINUTES; `manage.py axes_reset_username NAME` unlocks.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.security.client_ip"
AXES_VERBOSE = False
# The request header holding the visitor's address when a proxy sets it (production: nginx).
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")

# Two-factor authentication (accounts/two_factor.py): anyone may add a TOTP application under
# Compte > Double authentification; members of these groups (and superusers, while the list is
# not empty) must, before reaching the admin. Production requires it of moderators and admins.
TWO_FACTOR_REQUIRED_GROUPS = env_list("TWO_FACTOR_REQUIRED_GROUPS")
OTP_TOTP_ISSUER = "Pair à pair"

# Idle admin sessions end after this many seconds without an admin request.
ADMIN_IDLE_TIMEOUT = int(os.environ.get("ADMIN_IDLE_TIMEOUT", str(30 * 60)))

# The HTTP layer: security headers, the full-page cache and a CDN in front (config/settings/http.py).
from .http import *  # noqa: E402, F401, F403

# /.well-known/security.txt (RFC 9116, home/security_txt.py): the contact is the site settings'
# contact address unless SECURITY_CONTACT is set; SECURITY_TXT_EXPIRES (ISO 8601 date) is
# required, or the file is not served.
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "")
SECURITY_TXT_EXPIRES = os.environ.get("SECURITY_TXT_EXPIRES", "")

# Language names shown to readers, in their own language.
LANGUAGE_NAMES = {"fr": _("Français"), "en": _("English")}

# E-mail: an SMTP server from the environment (dev and test settings keep theirs).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Pair à pair <ne-pas-repondre@localhost>")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Error reports: Django mails each server error to ADMINS ("Nom <adresse>, adresse…") from
# SERVER_EMAIL; sentry-sdk reports them too when SENTRY_DSN is set (config/settings/production.py).
ADMINS = [(name or address, address) for name, address in getaddresses(env_list("ADMINS")) if address]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # Each task (an index update, a job description's files) would log two INFO lines when it is
    # enqueued and run: warnings and errors only, unless TASKS_LOG_LEVEL asks for more. The task
    # worker (`db_worker`, started by `make serve`) keeps its own journal of the tasks it runs.
    "loggers": {"django_tasks": {"level": os.environ.get("TASKS_LOG_LEVEL", "WARNING")}},
}
