"""Detail-page benchmark: testimonies and job descriptions in a library built in bulk."""
