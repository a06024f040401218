"""python -m benchmarks.loadtest [--duration 60] [--users 50] [--scenarios mixed,redis,postgres,editor]"""

from benchmarks.loadtest.run import main

main()
