#!/usr/bin/env bash
# The whole suite: checks, then SQLite, then PostgreSQL (when reachable; required under CI=true),
# then the real-browser tests. Each database gets its own throwaway test database.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432/pairapair}
export DJANGO_SETTINGS_MODULE=config.settings.test
unset DATABASE_URL
status=0

echo "== Vérifications : ruff, migrations, traductions"
$BIN/ruff check .
$BIN/ruff format --check .
$BIN/python manage.py makemigrations --check --dry-run >/dev/null \
  || { echo "Des migrations manquent : lancez manage.py makemigrations" >&2; exit 1; }
$BIN/python manage.py compilemessages --ignore=.venv --ignore=node_modules >/dev/null

pg_up() { $BIN/python - "$PG_URL" <<'PY'
import sys, psycopg
try:
    psycopg.connect(sys.argv[1].rsplit("/", 1)[0] + "/postgres", connect_timeout=3).close()
except Exception:
    sys.exit(1)
PY
}

echo "== Suite sur SQLite"
$BIN/pytest -q -m "not browser and not postgres" || status=1

if pg_up; then
  echo "== Suite sur PostgreSQL"
  DATABASE_URL=$PG_URL $BIN/pytest -q --create-db -m "not browser" || status=1
  echo "== Tests navigateur (Chromium, axe-core) sur PostgreSQL"
  DATABASE_URL=$PG_URL $BIN/pytest -q --create-db browser_tests || status=1
else
  if [ "${CI:-}" = "true" ]; then
    echo "PostgreSQL injoignable sur $PG_URL : obligatoire en CI." >&2
    exit 1
  fi
  echo "PostgreSQL injoignable : suite PostgreSQL sautée ; tests navigateur sur SQLite."
  $BIN/pytest -q browser_tests || status=1
fi
exit $status
