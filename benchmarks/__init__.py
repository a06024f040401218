"""Performance benchmarks, kept out of the installed apps.

    python -m benchmarks.search [--pages N]   search latency and SQL queries (make bench)
    python -m benchmarks.downloads            job-description files (make bench)
    python -m benchmarks.docs                 docs/performance.md tables from bench.json (make bench-docs)

Each benchmark runs in its own throwaway PostgreSQL database and writes its figures to bench.json;
none of them edits the docs. `benchmarks` sits on top of the project, like `demo`: it may import any
app, and no app imports it.
"""
