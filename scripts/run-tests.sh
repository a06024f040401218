#!/usr/bin/env bash
# The whole suite: checks; the suite on PostgreSQL, with coverage (PostgreSQL is
# required under CI=true); the SQLite smoke set (what `make run` needs from the embedded
# database), whose coverage is added to the first one before the floor is checked;
# the real-browser tests. Each phase prints its duration, and a summary closes the run.
#
#   PG_URL=postgres://…/name   the server, and the name the test databases derive from
#   TEST_WORKERS=auto          pytest-xdist workers (auto: one per core; 0: no xdist)
#   TEST_DB=--create-db        or --reuse-db to keep the test databases between runs
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432/pairapair}
WORKERS=${TEST_WORKERS:-auto}
TEST_DB=${TEST_DB:---create-db}
export DJANGO_SETTINGS_MODULE=config.settings.test
unset DATABASE_URL TEST_DB_TEMPLATE
status=0
summary=()
started=$SECONDS

xdist() { [ "$WORKERS" = 0 ] || echo "-n $WORKERS --dist loadgroup"; }

record() {  # record NAME SECONDS EXIT_CODE
  local outcome=ok
  if [ "$3" = 5 ]; then
    outcome="no test collected (pytest exit 5)"
  elif [ "$3" != 0 ]; then
    outcome="failed (exit $3)"
  fi
  [ "$3" = 0 ] || status=1
  summary+=("$1 : $2 s, $outcome")
  echo "-- $1 : $2 s, $outcome"
}

# phase NAME COMMAND…: runs COMMAND and records its duration. pytest's exit 5 (no test collected)
# is a failure, said so: a phase that selects nothing has lost its tests.
phase() {
  local name=$1 start=$SECONDS code=0
  shift
  echo "== $name"
  "$@" || code=$?
  record "$name" $((SECONDS - start)) "$code"
}

# (Called as `checks || …`, where bash ignores errexit: each step returns on failure itself.)
checks() {
  $BIN/ruff check . || return 1
  $BIN/ruff format --check . || return 1
  $BIN/djlint templates editorial/templates accounts/templates --lint --quiet || return 1
  $BIN/python manage.py makemigrations --check --dry-run >/dev/null \
    || { echo "Des migrations manquent : lancez manage.py makemigrations" >&2; return 1; }
  $BIN/python manage.py compilemessages --ignore=.venv --ignore=node_modules >/dev/null || return 1
}

# pg ACTION [NAME]: on the server of PG_URL, "up" (reachable?), "exists NAME" (a database?),
# "drop-tests" (drops the test databases of PG_URL's name: test_NAME, test_NAME_gw0…).
pg() {
  $BIN/python - "$PG_URL" "$@" <<'PY'
import sys

import psycopg

url, action, *args = sys.argv[1:]
server, name = url.rsplit("/", 1)
try:
    connection = psycopg.connect(server + "/postgres", connect_timeout=3, autocommit=True)
except Exception:
    sys.exit(1)
with connection:
    if action == "exists":
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", args).fetchone()
        sys.exit(0 if found else 1)
    if action == "drop-tests":
        rows = connection.execute(
            "SELECT datname FROM pg_database WHERE datname = %s OR datname LIKE %s",
            [f"test_{name}", f"test_{name}\\_gw%"],
        ).fetchall()
        for (database,) in rows:
            connection.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
PY
}

# The PostgreSQL suite keeps its test databases (recreated at its start); the browser session's
# database (test_NAME) is a copy of the first worker's (migrated, with the site tree: see
# TEST_DB_TEMPLATE in conftest.py) instead of being migrated again; all are dropped at the end.
suite_db() { echo "test_${PG_URL##*/}_gw0"; }

postgres=false
if pg up; then
  postgres=true
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL injoignable sur $PG_URL : obligatoire en CI." >&2
  exit 1
fi

phase "Vérifications : ruff, migrations, traductions" checks

if $postgres; then
  keep=()
  if [ "$TEST_DB" = "--create-db" ]; then
    keep=(--reuse-db)
    trap 'pg drop-tests || true' EXIT
  fi
  # shellcheck disable=SC2046
  phase "Suite sur PostgreSQL, avec couverture" env DATABASE_URL="$PG_URL" \
    $BIN/pytest -q $(xdist) "$TEST_DB" "${keep[@]}" -m "not browser" --cov --cov-report= --cov-fail-under=0
  # The SQLite set adds what runs on the embedded database only (SQLite's search functions) to the
  # same coverage data: the figure and its floor (pyproject.toml) are those of both runs.
  # shellcheck disable=SC2046
  phase "Série réduite sur SQLite (sqlite_smoke), couverture des deux suites" $BIN/pytest -q $(xdist) \
    -m "sqlite_smoke" --cov --cov-append --cov-report=term:skip-covered
  template=""
  if [ "$WORKERS" != 0 ] && pg exists "$(suite_db)"; then template=$(suite_db); fi
  phase "Tests navigateur (Chromium, axe-core) sur PostgreSQL" env DATABASE_URL="$PG_URL" \
    TEST_DB_TEMPLATE="$template" $BIN/pytest -q "$TEST_DB" browser_tests
else
  echo "PostgreSQL injoignable : toute la suite sur SQLite (tests postgres sautés, couverture"
  echo "affichée sans plancher), puis les tests navigateur sur SQLite."
  # shellcheck disable=SC2046
  phase "Suite sur SQLite (sans PostgreSQL)" \
    $BIN/pytest -q $(xdist) -m "not browser" --cov --cov-report=term:skip-covered --cov-fail-under=0
  phase "Tests navigateur (Chromium, axe-core) sur SQLite" $BIN/pytest -q browser_tests
fi

echo "== Durées"
printf '%s\n' "${summary[@]}"
echo "Total : $((SECONDS - started)) s"
exit $status
