"""python -m benchmarks.page_cache [--requests N] [--rounds N] [--locmem] [--database NAME]"""

from benchmarks.bootstrap import setup

setup()

from benchmarks.page_cache.run import main  # noqa: E402  (needs Django set up)

main()
