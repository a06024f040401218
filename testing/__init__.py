"""Test harness shared by every app's tests (imported by the conftest files, never by the site)."""
