"""`python -m benchmarks.docs` (make bench-docs): rewrites the figures of docs/performance.md from
bench.json. The benchmarks themselves never edit the docs.

Three places are rewritten, the rest of the file is left as it is: the search table between its
markers (section « Recherche »), the section « Téléchargements des fiches de poste » and the load
test's tables between their markers (section « Test de charge »).
Plain Python: no Django, no database.
"""

import argparse
import sys
from pathlib import Path

from benchmarks import results
from benchmarks.loadtest.report import with_loadtest

REPORT_FILE = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
START, END = "<!-- mesures-recherche:debut -->", "<!-- mesures-recherche:fin -->"
DOWNLOADS_HEADING = "## Téléchargements des fiches de poste"
SEARCH_LABELS = {
    "trivial": "vue constante (référence)",
    "listing": "liste sans requête",
    "one_word": "requête d'un mot",
    "three_words": "requête de trois mots",
    "query_two_facets": "requête et deux facettes",
    "json": "réponse JSON",
    "autocomplete": "autocomplétion",
}
DOWNLOAD_LABELS = {
    "reference": "Calcul constant (référence)",
    "docx": "Génération DOCX",
    "odt": "Génération ODT",
    "pdf": "Génération PDF",
    "personalised_docx": "Fiche personnalisée DOCX (tous les champs RH)",
    "personalised_odt": "Fiche personnalisée ODT (tous les champs RH)",
    "personalised_pdf": "Fiche personnalisée PDF (tous les champs RH)",
    "notes_docx": "Notes pour l'employeur DOCX",
    "notes_odt": "Notes pour l'employeur ODT",
    "notes_pdf": "Notes pour l'employeur PDF",
    "cached": "Téléchargement DOCX en cache (requête complète)",
    "revalidation": "Nouvelle demande inchangée (304)",
}


def search_table(report):
    date, time = report["measured_at"].split(" ")
    lines = [
        f"Mesuré le {date} à {time} : Python {report['python']}, PostgreSQL {report['postgresql']}, "
        f"{report['machine']}, {report['cpus']} cœurs ; charge moyenne de la machine (1 min) à la fin : "
        f"{report['load_1min']} (d'autres processus la partagent).",
        "",
        "| cible | pages | p50 (ms) | p95 (ms) | requêtes SQL (page entière) | dont la recherche "
        "| première requête après une modification | × vue constante |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in report["rows"]:
        search = "—" if row["search_queries"] is None else str(row["search_queries"])
        pages = page_count(row["pages"])
        lines.append(
            f"| {SEARCH_LABELS.get(row['target'], row['target'])} | {pages} | {row['p50_ms']:.1f} "
            f"| {row['p95_ms']:.1f} | {row['queries']} | {search} | {row['queries_after_edit']} "
            f"| {row['ratio']} |"
        )
    return "\n".join(lines + growth_lines(report.get("growth", [])))


def page_count(pages):
    """10000 → '10 000' (narrow no-break space, as French writes it)."""
    return f"{pages:,}".replace(",", "\u202f")


def growth_lines(growth):
    """The p95 at the largest library over the p95 at the smallest, target by target."""
    if not growth:  # a run of one size, or a bench.json written before the ratios were
        return []
    smallest, largest = page_count(growth[0]["from"]), page_count(growth[0]["to"])
    lines = ["", f"p95 de {smallest} à {largest} pages, dans ce même passage (objectif : au plus × 2) :", ""]
    lines += ["| cible | rapport des p95 |", "|---|---:|"]
    for row in growth:
        ratio = f"{row['ratio']:.2f}".replace(".", ",")
        lines.append(f"| {SEARCH_LABELS.get(row['target'], row['target'])} | {ratio} |")
    return lines


def download_lines(rows):
    """The downloads table, as printed by the benchmark and written to the docs."""
    lines = ["| mesure | médiane | CPU | × référence | objectif | taille |", "|---|---|---|---|---|---|"]
    for row in rows:
        value, goal, size = row["median_ms"], row["goal_ms"], row["size_bytes"]
        status = "" if goal is None else (" ✓" if value <= goal else " ✗")
        goal_text = f"≤ {goal} ms{status}" if goal else "—"
        size_text = f"{size / 1024:.1f} Kio" if size else "—"
        ratio = row.get("reference_ratio")
        ratio_text = f"{ratio:.2f}" if ratio is not None else "—"
        cpu_text = f"{row['cpu_ms']:.1f} ms" if row.get("cpu_ms") is not None else "—"
        label = DOWNLOAD_LABELS[row["key"]]
        lines.append(f"| {label} | {value:.1f} ms | {cpu_text} | {ratio_text} | {goal_text} | {size_text} |")
    return lines


def with_search(text, report):
    block = f"{START}\n{search_table(report)}\n{END}"
    if START in text and END in text:
        return text[: text.index(START)] + block + text[text.index(END) + len(END) :]
    return text.rstrip("\n") + "\n\n## Recherche\n\n" + block + "\n"


def with_downloads(text, report):
    context = (
        f"Mesuré le {report['measured_at']} avec `python -m benchmarks.downloads` "
        f"(`make bench`, base jetable) : Python {report['python']}, {report['database']}, "
        f"{report['cpus']} cœurs ; fiche la plus longue de la démonstration : « {report['page_title']} ». "
        "Médianes ; génération sans cache, téléchargement en cache par le client de test de Django, "
        "DEBUG désactivé. « CPU » : le temps de processeur du processus seul, proche de la durée "
        "sur une machine au repos ; « × référence » : la durée rapportée à celle d'un calcul "
        "constant mesuré dans le même passage (une machine partagée ralentit l'un et l'autre)."
    )
    section = "\n".join([DOWNLOADS_HEADING, "", context, "", *download_lines(report["rows"]), ""]) + "\n"
    start = text.find(DOWNLOADS_HEADING + "\n")
    if start == -1:
        return text.rstrip("\n") + "\n\n" + section
    end = text.find("\n## ", start + len(DOWNLOADS_HEADING))
    return text[:start] + section + (text[end + 1 :] if end != -1 else "")


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.docs",
        description="Recopie les mesures de bench.json dans docs/performance.md.",
    )
    parser.add_argument("--input", default=results.DEFAULT_PATH, help="Fichier des résultats (JSON).")
    parser.add_argument("--report-file", default=str(REPORT_FILE), help="Document à mettre à jour.")
    options = parser.parse_args(argv)
    data = results.load(options.input)
    if not data.get("search") and not data.get("downloads") and not data.get("loadtest"):
        raise SystemExit(f"Aucune mesure dans {options.input} : lancez d'abord make bench.")
    path = Path(options.report_file)
    text = path.read_text(encoding="utf-8") if path.exists() else "# Performances\n"
    if data.get("downloads"):
        text = with_downloads(text, data["downloads"])
        print(f"Section « Téléchargements des fiches de poste » mise à jour dans {path}.")
    if data.get("search"):
        text = with_search(text, data["search"])
        sizes = ", ".join(str(size) for size in data["search"].get("sizes", []))
        print(f"Tableau de la recherche ({sizes} pages) mis à jour dans {path}.")
    if data.get("loadtest"):
        text = with_loadtest(text, data["loadtest"])
        print(f"Tableaux du test de charge mis à jour dans {path}.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
