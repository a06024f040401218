"""The editor of the publication scenario: publishes a page every few seconds while readers read,
and after each commit reads it back through the site, counting stale answers.

    python -m benchmarks.loadtest.editor --site URL --duration 30 --interval 3 --output FILE

Run by benchmarks/loadtest/run.py with the site's environment (its PostgreSQL and Redis): it is
one more process of the site, as an editor's request in another worker would be.
"""

import argparse
import json
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from benchmarks.bootstrap import setup

READS_AFTER_COMMIT = 6


def read_title(url):
    request = urllib.request.Request(url, headers={"X-Real-IP": "10.255.255.1", "Connection": "close"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read().decode("utf-8", "replace")


def _read_or_none(url):
    try:
        return read_title(url)
    except Exception:  # noqa: BLE001  (an unanswered read is counted apart)
        return None


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.loadtest.editor")
    parser.add_argument("--site", required=True)
    parser.add_argument("--duration", type=float, default=30)
    parser.add_argument("--interval", type=float, default=3)
    parser.add_argument("--output", required=True)
    args = parser.parse_args(argv)
    setup()
    from guides.models import PracticeGuidePage

    page = PracticeGuidePage.objects.live().filter(locale__language_code="fr").order_by("pk").first().specific
    url = args.site + page.url
    base_title = page.title
    publications, stale, reads, errors = [], 0, 0, 0
    deadline = time.monotonic() + args.duration
    number = 0
    while time.monotonic() < deadline:
        number += 1
        title = f"{base_title} — édition {number}"
        page.title = title
        started = time.monotonic()
        page.save_revision().publish()  # committed when it returns (autocommit)
        publications.append(round((time.monotonic() - started) * 1000, 1))
        # Read back at once, all together (as many readers would), each on its own connection.
        with ThreadPoolExecutor(READS_AFTER_COMMIT) as pool:
            answers = list(pool.map(lambda _n: _read_or_none(url), range(READS_AFTER_COMMIT)))
        reads += len(answers)
        errors += sum(1 for answer in answers if answer is None)
        stale += sum(
            1 for answer in answers if answer is not None and (answer[0] != 200 or title not in answer[1])
        )
        time.sleep(max(0.0, args.interval - (time.monotonic() - started)))
    page.title = base_title
    page.save_revision().publish()
    result = {
        "url": page.url,
        "publications": len(publications),
        "publish_ms_median": sorted(publications)[len(publications) // 2] if publications else None,
        "reads_after_commit": reads,
        "stale": stale,
        "errors": errors,
    }
    with open(args.output, "w", encoding="utf-8") as output:
        json.dump(result, output)


if __name__ == "__main__":
    main()
