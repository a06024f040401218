"""python -m benchmarks.detail [--pages N] [--keep] [--database NAME] [--output bench.json]"""

from benchmarks.bootstrap import setup

setup()

from benchmarks.detail.run import main  # noqa: E402  (needs Django set up)

main()
