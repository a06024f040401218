"""Load test of the site as `make serve` runs it, with its own PostgreSQL and Redis (run.py)."""
