"""The production topology of `make stack` (scripts/stack.sh), started once per test module.

Its own directory and free ports, the real SMTP server of tests/smtp.py as the task workers' relay.
Without the parts it needs (Varnish, PostgreSQL, Java…) the stack does not start: the tests skip on
a developer's machine and fail under CI=true.
"""

import os
import signal
import socket
import subprocess
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

REPO = Path(__file__).resolve().parents[2]
STACK_DIR = Path(os.environ.get("TEST_STACK_DIR", f"/tmp/clusterpolisee-test-stack-{zlib.crc32(bytes(REPO))}"))  # noqa: S108

# Settings for the site's processes: the tests send more than a visitor would.
EXTRA_ENV = """\
export NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR=1000000
export SEARCH_REQUESTS_PER_MINUTE=1000000
export NEWSLETTER_MAX_RATE=40
export NEWSLETTER_BATCH_SIZE=10
export NEWSLETTER_CLAIM_TIMEOUT=3
"""


def _free_ports(count):
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


class Stack:
    def __init__(self, environ):
        self.environ = environ
        self.varnish = f"http://127.0.0.1:{environ['VARNISH_PORT']}"
        self.web = [f"http://127.0.0.1:{port}" for port in environ["STACK_WEB_PORTS"].split(",")]
        self.search = [f"http://127.0.0.1:{port}" for port in environ["STACK_SEARCH_PORTS"].split(",")]

    def script(self, *args, timeout=300):
        return subprocess.run(  # noqa: S603 - a fixed command
            ["scripts/stack.sh", *args],
            cwd=REPO,
            env=self.environ,
            check=True,
            timeout=timeout,
            capture_output=True,
            text=True,
        )

    def pid(self, name):
        return int((STACK_DIR / name).read_text().strip())

    def kill_web(self, number):
        """The gunicorn instance dies with its workers, as when its machine fails."""
        master = self.pid(f"web-{number}.pid")
        children = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout.split()  # noqa: S607
        for pid in [master, *map(int, children)]:
            os.kill(pid, signal.SIGKILL)

    def kill_worker(self, number):
        os.kill(self.pid(f"worker-{number}.pid"), signal.SIGKILL)

    def kill_search_node(self, number):
        os.kill(self.pid(f"search-{number}/opensearch.pid"), signal.SIGKILL)

    def shell(self, code, timeout=180):
        """Python code run by `manage.py shell` with the stack's production settings."""
        return self.manage("shell", "--no-imports", timeout=timeout, input=code)

    def manage(self, *args, timeout=120, input=None):
        """`manage.py` with the stack's production settings."""
        command = f". {STACK_DIR}/env && exec .venv/bin/python manage.py " + " ".join(args)
        return subprocess.run(  # noqa: S603 - a fixed command
            ["bash", "-c", command],  # noqa: S607
            cwd=REPO,
            check=True,
            timeout=timeout,
            capture_output=True,
            text=True,
            input=input,
        ).stdout


@pytest.fixture(scope="module")
def stack(smtp_server):
    if os.environ.get("TEST_STACK_REUSE") == "1":
        # A stack already running (make stack, with the STACK_* ports and STACK_DIR of its start): the
        # tests run against it, and leave it running. Its workers mail to their own relay, not to ours.
        environ = {
            "STACK_WEB_PORTS": "8001,8002",
            "VARNISH_PORT": "6081",
            "STACK_SEARCH_PORTS": "9211,9212",
            **os.environ,
        }
        global STACK_DIR  # noqa: PLW0603
        STACK_DIR = Path(environ.get("STACK_DIR", REPO / "var" / "stack")).resolve()
        environ.update(EMAIL_HOST=smtp_server.hostname, EMAIL_PORT=str(smtp_server.port), STACK_EXTRA_ENV=EXTRA_ENV)
        reused = Stack(environ)
        reused.script("restart-workers")  # they mail to our SMTP server, with the tests' settings
        yield reused
        return
    web1, web2, varnish, db, redis, search1, search2, transport1, transport2 = _free_ports(9)
    environ = {
        **os.environ,
        "STACK_DIR": str(STACK_DIR),
        "STACK_WEB_PORTS": f"{web1},{web2}",
        "VARNISH_PORT": str(varnish),
        "STACK_DB_PORT": str(db),
        "STACK_REDIS_PORT": str(redis),
        "STACK_SEARCH_PORTS": f"{search1},{search2}",
        "STACK_SEARCH_TRANSPORT_PORTS": f"{transport1},{transport2}",
        "EMAIL_HOST": smtp_server.hostname,
        "EMAIL_PORT": str(smtp_server.port),
        "STACK_EXTRA_ENV": EXTRA_ENV,
    }
    for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL", "SEARCH_URL", "CACHE_URL"):
        environ.pop(name, None)
    the_stack = Stack(environ)
    subprocess.run(["scripts/stack.sh", "stop"], cwd=REPO, env=environ, capture_output=True, timeout=120)  # noqa: S603, S607
    subprocess.run(["rm", "-rf", str(STACK_DIR)], check=True)  # noqa: S603, S607
    try:
        the_stack.script("start", timeout=900)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        problem = f"the stack did not start: {getattr(error, 'stderr', '')}"
        subprocess.run(["scripts/stack.sh", "stop"], cwd=REPO, env=environ, capture_output=True, timeout=120)  # noqa: S603, S607
        if os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    try:
        yield the_stack
    finally:
        subprocess.run(["scripts/stack.sh", "stop"], cwd=REPO, env=environ, capture_output=True, timeout=180)  # noqa: S603, S607


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
