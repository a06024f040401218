"""python -m benchmarks.middleware [--seconds 3] [--rounds 3] [--output bench.json]"""

from benchmarks.middleware.run import main

main()
