"""python -m benchmarks.downloads [--runs 30] [--pdf-runs 15] [--in-place] [--output bench.json]"""

from benchmarks.bootstrap import setup

setup()

from benchmarks.downloads.run import main  # noqa: E402  (needs Django set up)

main()
