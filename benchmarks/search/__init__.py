"""Search benchmark: a library built in bulk, then each search page timed through Django's stack."""
