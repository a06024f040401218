"""python -m benchmarks.relevance [--backend postgresql|sqlite] [--output bench.json]"""

from benchmarks.relevance.run import main

main()
