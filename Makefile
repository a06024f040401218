# Pair à pair — the commands a newcomer needs. `make run` and `make test` do everything.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PAGES ?=
PG_URL ?= postgres://postgres@127.0.0.1:5432/pairapair
export DJANGO_SETTINGS_MODULE ?= config.settings.dev

.PHONY: help install install-dev test-deps run serve demo test test-fast lint messages bench bench-docs loadtest backup restore clean

help:
	@echo "make run      installe, migre, charge le contenu de démonstration et sert http://127.0.0.1:$(PORT)"
	@echo "make serve    le site comme en production : gunicorn et le worker des tâches (SERVE_ENV=…)"
	@echo "make test     installe les outils de test et lance toute la suite (PostgreSQL, SQLite, navigateur)"
	@echo "make test-fast  la suite PostgreSQL seule, bases de test gardées entre deux passages (ARGS=…)"
	@echo "make demo     migre et (re)charge le contenu de démonstration"
	@echo "make lint     ruff (style et format), gabarits, migrations manquantes, traductions"
	@echo "make bench    mesures de performance (PostgreSQL) et de pertinence (PostgreSQL, SQLite), dans bench.json"
	@echo "make loadtest  test de charge (locust) et pannes de Redis et PostgreSQL, sur des serveurs à lui"
	@echo "make bench-docs  recopie les mesures de bench.json dans docs/performance.md"
	@echo "make backup   sauvegarde la base PostgreSQL et les fichiers déposés (dossier backups/)"
	@echo "make restore BACKUP=backups/…  restaure une sauvegarde dans une base PostgreSQL vide"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# System packages and browser tooling the test suite drives (Chromium, axe-core, LibreOffice…).
test-deps: install-dev
	bash scripts/install-test-deps.sh

demo: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content

run: export SITE_URL=http://127.0.0.1:$(PORT)
run: demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Production serving: gunicorn (deploy/gunicorn.conf.py) and the task worker, started and stopped
# together by scripts/serve.py. SERVE_ENV: the variables (deploy/serve-local.env: this machine only).
SERVE_ENV ?= deploy/serve-local.env
serve: install
	$(BIN)/python scripts/serve.py --env-file $(SERVE_ENV)

test: test-deps
	bash scripts/run-tests.sh

# The PostgreSQL suite alone, for local runs: the test databases are kept between runs
# (--reuse-db; after a new migration, pass ARGS=--create-db), one xdist worker per core.
# ARGS adds pytest arguments: make test-fast ARGS="search/tests -x".
test-fast: install-dev
	DJANGO_SETTINGS_MODULE=config.settings.test DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} \
	  $(BIN)/pytest -q -n auto --dist loadgroup --reuse-db -m "not browser" $(ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates editorial/templates --lint
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py compilemessages --ignore=.venv >/dev/null

messages: install-dev
	$(BIN)/python manage.py makemessages -l fr -l en --ignore=.venv --ignore=node_modules --no-obsolete
	$(BIN)/python manage.py compilemessages --ignore=.venv

# Each benchmark creates and drops its own database; the figures go to bench.json, never to the docs.
bench: install-dev
	DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} $(BIN)/python -m benchmarks.search $(if $(PAGES),--pages $(PAGES),)
	DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} $(BIN)/python -m benchmarks.downloads
	DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} $(BIN)/python -m benchmarks.detail $(if $(PAGES),--pages $(PAGES),)
	DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} $(BIN)/python -m benchmarks.relevance

# Load test (benchmarks/loadtest): its own PostgreSQL, Redis and gunicorn on free ports of
# 127.0.0.1, never the machine's. ARGS: --duration 20, --users 50, --scenarios mixed,redis…
loadtest: install-dev
	$(BIN)/python -m benchmarks.loadtest $(ARGS)

# Explicit: rewrites the tables of docs/performance.md from bench.json (plain Python, no database).
bench-docs: install
	$(BIN)/python -m benchmarks.docs

# Database (pg_dump, custom format), media folder and a manifest of counts and checksums.
backup: install
	$(BIN)/python manage.py backup_site $(if $(BACKUP),--output $(BACKUP),)

restore: install
	@test -n "$(BACKUP)" || { echo "Indiquez le dossier : make restore BACKUP=backups/…" >&2; exit 2; }
	$(BIN)/python manage.py restore_site $(BACKUP)

clean:
	rm -rf $(VENV) node_modules staticfiles db.sqlite3
