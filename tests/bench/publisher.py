"""Publishes a news item every second (the mixed load of bench_throughput), as an editor would.

Runs with the server's settings, so that the purge of Varnish and the search update go through
the task queue as in production. Prints "<monotonic time> <listing path> <title>" per publish.
"""

import datetime
import os
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")
django.setup()

from knowledge.models import NewsIndexPage  # noqa: E402
from tests.factories.knowledge import NewsPageFactory  # noqa: E402


def main(seconds):
    index = NewsIndexPage.objects.live().filter(locale__language_code="en").first()
    listing = index.url
    deadline = time.monotonic() + seconds
    number = 0
    while time.monotonic() < deadline:
        started = time.monotonic()
        number += 1
        title = f"Bench news {os.getpid()}-{number}"
        # Dated today: the listing shows the newest first, so the item is on its first page.
        page = NewsPageFactory(parent=index, title=title, live=False, date=datetime.date.today())
        page.save_revision().publish()
        print(f"{time.monotonic()} {listing} {title}", flush=True)
        time.sleep(max(0.0, 1 - (time.monotonic() - started)))


if __name__ == "__main__":
    main(float(sys.argv[1]))
