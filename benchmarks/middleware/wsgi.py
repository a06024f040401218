"""The WSGI application of benchmarks/middleware/settings.py, for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.middleware.settings")
application = get_wsgi_application()
