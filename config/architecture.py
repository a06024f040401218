"""The house's plan: which project app may import which, read by the import check.

From the top of the house to its base. An app may import only the apps it lists (directly or
through them); `core` imports no project app. Tests, migrations and `benchmarks/` are outside the
plan: tests may use the demo content as their fixture, migrations keep their history.
docs/architecture.md explains each app and where a new feature goes.
"""

ALLOWED_IMPORTS = {
    # The URLconf and settings wire every app in, the demo content excepted.
    "config": {
        "feedback",
        "api",
        "home",
        "search",
        "testimonies",
        "guides",
        "job_descriptions",
        "library",
        "taxonomy",
        "editorial",
        "core",
        "accounts",
    },
    "demo": {
        "feedback",
        "api",
        "home",
        "search",
        "testimonies",
        "guides",
        "job_descriptions",
        "library",
        "taxonomy",
        "editorial",
        "core",
    },
    # Readers' answers to « Cette page vous a-t-elle été utile ? » on the library's pages.
    "feedback": {"library", "core"},
    "home": {"search", "library", "taxonomy", "editorial", "core"},
    # The open API: what readers may read of the library, as JSON.
    "api": {"testimonies", "library", "taxonomy", "core"},
    "search": {"testimonies", "guides", "job_descriptions", "library", "taxonomy", "editorial", "core"},
    "testimonies": {"library", "taxonomy", "editorial", "core"},
    "guides": {"library", "taxonomy", "core"},
    "job_descriptions": {"library", "taxonomy", "editorial", "core"},
    "library": {"taxonomy", "core"},
    "taxonomy": {"core"},
    "editorial": {"core"},
    "core": set(),
    # Sign-in: throttling, two-factor authentication, idle sessions (imports no project app).
    "accounts": set(),
    # Migration history only: the library's first migrations.
    "resources": {"taxonomy"},
}

# Folders of the repository that are not apps but may import them (never imported by an app).
OUTSIDE_THE_PLAN = {"benchmarks", "browser_tests", "scripts", "testing"}
