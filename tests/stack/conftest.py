"""The production topology of `make stack` (scripts/stack.sh), started once per test module.

Its own directory and free ports, the real SMTP server of tests/smtp.py as the task workers' relay.
Without the parts it needs (Varnish, PostgreSQL, Java…) the stack does not start: the tests skip on
a developer's machine and fail under CI=true.
"""

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from tests.servers import server_missing

from .topology import REPO, Stack, StackDidNotStart, started_stack

# Settings for the site's processes: the tests send more than a visitor would.
EXTRA_ENV = """\
export NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR=1000000
export SEARCH_REQUESTS_PER_MINUTE=1000000
export NEWSLETTER_MAX_RATE=40
export NEWSLETTER_BATCH_SIZE=10
export NEWSLETTER_CLAIM_TIMEOUT=3
"""


@pytest.fixture(scope="module")
def stack(smtp_server):
    mail = {"EMAIL_HOST": smtp_server.hostname, "EMAIL_PORT": str(smtp_server.port)}
    if os.environ.get("TEST_STACK_REUSE") == "1":
        # A stack already running (make stack, with the STACK_* ports and STACK_DIR of its start): the
        # tests run against it, and leave it running. Its workers mail to their own relay, not to ours.
        environ = {
            "STACK_WEB_PORTS": "8001,8002",
            "VARNISH_PORT": "6081",
            "STACK_SEARCH_PORTS": "9211,9212",
            **os.environ,
            **mail,
            "STACK_EXTRA_ENV": EXTRA_ENV,
        }
        environ["STACK_DIR"] = str(Path(environ.get("STACK_DIR", REPO / "var" / "stack")).resolve())
        reused = Stack(environ)
        reused.script("restart-workers")  # they mail to our SMTP server, with the tests' settings
        yield reused
        return
    try:
        with started_stack(EXTRA_ENV, **mail) as the_stack:
            yield the_stack
    except StackDidNotStart as error:
        server_missing(str(error))


@dataclass
class Load:
    """Visitors requesting `urls` in turn from several threads; every answer is kept with its time."""

    urls: list
    threads: int = 4
    answers: list = field(default_factory=list)  # (started, status or error text, url, finished)
    stop: threading.Event = field(default_factory=threading.Event)

    def _visit(self, offset):
        session = requests.Session()
        number = offset
        while not self.stop.is_set():
            url = self.urls[number % len(self.urls)]
            number += 1
            started = time.monotonic()
            try:
                status = session.get(url, timeout=30, allow_redirects=False).status_code
            except requests.RequestException as error:
                status = f"{type(error).__name__}"
                session = requests.Session()
            self.answers.append((started, status, url, time.monotonic()))

    def __enter__(self):
        self.workers = [threading.Thread(target=self._visit, args=(n,), daemon=True) for n in range(self.threads)]
        for worker in self.workers:
            worker.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for worker in self.workers:
            worker.join(timeout=60)

    def between(self, start, end=float("inf")):
        """The answers to the requests made from `start` to `end`."""
        return [answer for answer in self.answers if start <= answer[0] < end]

    def finished_before(self, moment):
        return [answer for answer in self.answers if answer[3] < moment]


def wait_for(condition, seconds, interval=0.2):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()
