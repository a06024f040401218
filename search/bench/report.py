"""Keeps the figures table of docs/performance.md (section « Recherche ») up to date."""

import os
import platform
from pathlib import Path

from django.utils import timezone

START, END = "<!-- mesures-recherche:debut -->", "<!-- mesures-recherche:fin -->"
LABELS = {
    "trivial": "vue constante (référence)",
    "listing": "liste sans requête",
    "one_word": "requête d'un mot",
    "three_words": "requête de trois mots",
    "query_two_facets": "requête et deux facettes",
    "json": "réponse JSON",
    "autocomplete": "autocomplétion",
}


def table(rows, version):
    lines = [
        f"Mesuré le {timezone.localtime():%Y-%m-%d à %H:%M} : Python {platform.python_version()}, "
        f"PostgreSQL {version}, {platform.machine()}, {os.cpu_count()} cœurs ; charge moyenne de la machine "
        f"(1 min) à la fin : {_load()} (d'autres processus la partagent).",
        "",
        "| cible | pages | p50 (ms) | p95 (ms) | requêtes SQL (page entière) | dont la recherche "
        "| première requête après une modification | × vue constante |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        search = "—" if row["search_queries"] is None else str(row["search_queries"])
        pages = f"{row['pages']:,}".replace(",", "\u202f")
        lines.append(
            f"| {LABELS.get(row['target'], row['target'])} | {pages} | {row['p50_ms']:.1f} "
            f"| {row['p95_ms']:.1f} | {row['queries']} | {search} | {row['queries_after_edit']} "
            f"| {row['ratio']} |"
        )
    return "\n".join(lines)


def _load():
    try:
        with open("/proc/loadavg", encoding="ascii") as file:
            return file.read().split()[0]
    except OSError:
        return "inconnue"


def write_report(rows, path, server_version):
    path = Path(path)
    text = path.read_text(encoding="utf-8") if path.exists() else "# Performances\n"
    block = f"{START}\n{table(rows, server_version)}\n{END}"
    if START in text and END in text:
        text = text[: text.index(START)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + "\n\n## Recherche\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
