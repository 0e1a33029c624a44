"""A process that keeps queueing background work into the site's database.

    python -m tests.journeys.task_writer <stop file>

It goes round until the stop file exists. Each round asks for a newsletter
subscription (a confirmation e-mail for the task worker to send) and queues search
index updates (for the task worker to write). Run beside `make run` to have three
processes writing the same SQLite file. Prints one line per round; any error ends
it with a traceback and exit status 1.
"""

import sys
import time
from pathlib import Path

import django

PAUSE = 0.2  # seconds between rounds: a busy site, not a flood


def main(stop_file: Path) -> None:
    django.setup()
    from wagtail.models import Page

    from modelsearch.tasks import insert_or_update_object_task

    from newsletters.services import subscriber_request
    from search.tasks import update_search_index

    page_ids = list(Page.objects.filter(depth__gt=1).values_list("pk", flat=True)[:50])
    round_ = 0
    while not stop_file.exists():
        subscriber_request(
            email=f"reader-{round_}@example.org",
            name=f"Reader {round_}",
            language="en",
            topic_codes=[],
            wording="Subscribe",
        )
        update_search_index.enqueue()
        insert_or_update_object_task.enqueue("wagtailcore", "page", page_ids[round_ % len(page_ids)])
        print(f"round {round_} queued", flush=True)
        round_ += 1
        time.sleep(PAUSE)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
