"""Downloads benchmark: generation of each job-description format and a cached download."""
