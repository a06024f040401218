#!/usr/bin/env bash
# Installs what the test suite drives besides Python packages: Debian's Chromium (never a
# downloaded browser), gettext, poppler (pdftotext), nginx, redis-server, PostgreSQL's server
# binaries and axe-core from the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Droits administrateur nécessaires pour : $*" >&2; return 1; fi
}

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v msgfmt >/dev/null || missing+=(gettext)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
# WeasyPrint (PDF downloads) draws text with Pango and subsets fonts with HarfBuzz.
for pair in libpango-1.0.so.0:libpango-1.0-0 libpangoft2-1.0.so.0:libpangoft2-1.0-0 \
            libharfbuzz-subset.so.0:libharfbuzz-subset0; do
  { ldconfig -p || /sbin/ldconfig -p; } 2>/dev/null | grep -qF "${pair%%:*}" || missing+=("${pair#*:}")
done
# nginx in front of a live server: private documents and the upload limit (config/tests).
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
# Servers the fault tests, the two app servers test and `make loadtest` start, stop and kill on
# free ports: redis-server, PostgreSQL's initdb and pg_ctl.
command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=(postgresql)
# LibreOffice headless opens the generated DOCX and ODT in the tests (required under CI=true).
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installation des paquets Debian : ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f node_modules/axe-core/axe.min.js ]; then
  npm ci --no-audit --no-fund --silent
fi
