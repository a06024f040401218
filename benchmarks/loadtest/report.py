"""The load test's figures: per page type (requests, req/s, p50/p95/p99, errors), the goals, and
the table `make bench-docs` copies into docs/performance.md."""

GOALS = {
    "mixed_errors": 0,
    "mixed_p99_ms": 250,
    "redis_5xx": 0,
    "postgres_500": 0,
    "postgres_recovery_s": 5,
    "editor_stale": 0,
    "worker_rss_mb": 250,
}


def percentile(values, fraction):
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))], 1)


def is_error(name, status):
    if status == 429 and name.startswith("personnalisation"):
        return False
    return status == 0 or status >= 400


def summarise(record, duration):
    rows, all_times, total_errors = [], [], 0
    for name, entry in sorted(record["by_name"].items()):
        statuses = {int(code): count for code, count in entry["statuses"].items()}
        errors = sum(count for code, count in statuses.items() if is_error(name, code))
        total_errors += errors
        all_times += entry["times"]
        rows.append(
            {
                "page": name,
                "requests": len(entry["times"]),
                "rps": round(len(entry["times"]) / duration, 1),
                "p50_ms": percentile(entry["times"], 0.50),
                "p95_ms": percentile(entry["times"], 0.95),
                "p99_ms": percentile(entry["times"], 0.99),
                "errors": errors,
                "limited_429": statuses.get(429, 0) if name.startswith("personnalisation") else 0,
                "statuses": statuses,
            }
        )
    total = {
        "page": "total",
        "requests": len(all_times),
        "rps": round(len(all_times) / duration, 1),
        "p50_ms": percentile(all_times, 0.50),
        "p95_ms": percentile(all_times, 0.95),
        "p99_ms": percentile(all_times, 0.99),
        "errors": total_errors,
    }
    return rows, total


def print_table(title, rows, total):
    print(f"\n{title}")
    print(
        f"  {'page':<32} {'req':>6} {'req/s':>7} {'p50':>7} {'p95':>7} {'p99':>7} {'erreurs':>8} {'429':>5}"
    )
    for row in [*rows, total]:
        print(
            f"  {row['page']:<32} {row['requests']:>6} {row['rps']:>7} {_ms(row['p50_ms'])} "
            f"{_ms(row['p95_ms'])} {_ms(row['p99_ms'])} {row['errors']:>8} {row.get('limited_429', ''):>5}"
        )


def _ms(value):
    return f"{'—' if value is None else value:>7}"


def goals_lines(report):
    lines = []

    def line(label, value, goal, ok):
        lines.append(f"  {'✓' if ok else '✗'} {label} : {value} (objectif {goal})")

    if "mixed" in report:
        mixed = report["mixed"]
        line("erreurs, charge mixte", mixed["total"]["errors"], "0", mixed["total"]["errors"] == 0)
        p99 = mixed["total"]["p99_ms"]
        line(
            "p99, charge mixte", f"{p99} ms", f"≤ {GOALS['mixed_p99_ms']} ms", p99 is not None and p99 <= 250
        )
        rss = max(mixed["worker_rss_mb"] or [0])
        line(
            "RSS du plus gros worker après la charge", f"{rss} Mo", "≤ 250 Mo", rss <= GOALS["worker_rss_mb"]
        )
    if "redis" in report:
        value = report["redis"]["responses_5xx"]
        line("réponses ≥ 500, Redis arrêté", value, "0", value == 0)
    if "postgres" in report:
        pg = report["postgres"]
        line(
            "réponses 500, PostgreSQL redémarré",
            pg["responses_500"],
            "0 (503 admis)",
            pg["responses_500"] == 0,
        )
        line("retour aux 200 après PostgreSQL", f"{pg['recovery_s']} s", "≤ 5 s", pg["recovery_s"] <= 5)
    if "editor" in report:
        edits = report["editor"]["editor"]
        stale, reads, errors = edits.get("stale"), edits.get("reads_after_commit") or 0, edits.get("errors")
        # Unanswered reads prove nothing: they fail the goal too.
        value = f"{stale} sur {reads} relectures ({errors} sans réponse)"
        line("pages périmées après une publication", value, "0", stale == 0 and errors == 0 and reads > 0)
    return lines


START, END = "<!-- mesures-charge:debut -->", "<!-- mesures-charge:fin -->"
SCENARIO_TITLES = {
    "mixed": "charge mixte",
    "redis": "Redis arrêté 10 s",
    "postgres": "PostgreSQL redémarré",
    "editor": "publication toutes les 3 s",
}


def markdown(report):
    """The tables of bench.json's "loadtest" report, for docs/performance.md."""
    lines = [
        f"Mesuré le {report['measured_at']} par `make loadtest` : Python {report['python']}, "
        f"{report['cpus']} cœurs, {report['users']} visiteurs ; charge moyenne de la machine (1 min) à "
        f"la fin : {report.get('load_1min')} (d'autres processus la partagent).",
        "",
    ]
    for name, title in SCENARIO_TITLES.items():
        if name not in report:
            continue
        lines += [
            f"**{title}** (le {report[name].get('measured_at', report['measured_at'])})",
            "",
            "| page | requêtes | req/s | p50 (ms) | p95 (ms) | p99 (ms) | erreurs | 429 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in [*report[name]["rows"], report[name]["total"]]:
            lines.append(
                f"| {row['page']} | {row['requests']} | {row['rps']} | {row['p50_ms']} | {row['p95_ms']} "
                f"| {row['p99_ms']} | {row['errors']} | {row.get('limited_429', '')} |"
            )
        lines.append("")
        if report[name].get("worker_rss_mb"):
            pdf = report[name].get("pdf_process_rss_mb") or "—"
            lines += [
                f"Mémoire après la charge (RSS, Mo) : workers {report[name]['worker_rss_mb']}, "
                f"leurs processus des PDF {pdf}.",
                "",
            ]
    lines += [
        "Objectifs :",
        "",
        *[line.strip().replace("✓", "- ✓").replace("✗", "- ✗") for line in goals_lines(report)],
    ]
    return "\n".join(lines)


def with_loadtest(text, report):
    block = f"{START}\n{markdown(report)}\n{END}"
    if START in text and END in text:
        return text[: text.index(START)] + block + text[text.index(END) + len(END) :]
    return text.rstrip("\n") + "\n\n## Test de charge\n\n" + block + "\n"
