"""The production topology of `make stack` (scripts/stack.sh), started once per test module.

Its own directory and free ports, the real SMTP server of tests/smtp.py as the task workers' relay.
Without the parts it needs (Varnish, PostgreSQL, Java…) the stack does not start: the tests skip on
a developer's machine and fail under CI=true.
"""

import os
from pathlib import Path

import pytest

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
