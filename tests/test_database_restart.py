"""PostgreSQL restarts while visitors subscribe and the task worker sends their confirmations.

Requests made while the database is down get a clean 503 with Retry-After (never a 500),
later ones succeed; every subscription that was answered is stored; the worker survives
and every queued confirmation is sent once.
"""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from django.db import connection, connections

import pytest
import requests
from django_tasks_db.models import DBTaskResult

from newsletters.models import Subscriber

REPO = Path(__file__).resolve().parent.parent


def restart_database(seconds_down):
    """Stop the test PostgreSQL server, keep it down for `seconds_down`, start it on the same data."""
    result = subprocess.run(  # noqa: S603 - a fixed command
        ["scripts/test-db.sh", "restart", str(seconds_down)], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    if result.returncode:
        problem = f"could not restart the test database server: {result.stderr.strip()}"
        if os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)


class Visitor:
    """Subscribes one new address after another to the newsletter, as a browser would."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.answers = []  # (address, status)
        self.stop = threading.Event()

    def subscribe(self, number):
        session = requests.Session()
        address = f"visitor{number}@example.org"
        try:
            form = session.get(f"{self.base_url}/en/newsletter/subscribe/", timeout=60)
            if form.status_code != 200:
                return address, form.status_code, form.headers.get("Retry-After")
            # The signup form carries no CSRF token (it is on every cacheable page); it posts as it is.
            answer = session.post(
                f"{self.base_url}/en/newsletter/subscribe/",
                {"email": address, "language": "en", "website": ""},
                headers={"Referer": f"{self.base_url}/en/newsletter/subscribe/"},
                allow_redirects=False,
                timeout=60,
            )
            return address, answer.status_code, answer.headers.get("Retry-After")
        except requests.RequestException as error:
            return address, f"connection failed: {error}", None

    def run(self):
        number = 0
        while not self.stop.is_set():
            self.answers.append(self.subscribe(number))
            number += 1
            time.sleep(0.05)

    def successes(self):
        return [address for address, status, _retry in self.answers if status == 302]


def _wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.exclusive
@pytest.mark.django_db(transaction=True)
def test_a_database_restart_loses_no_subscription_and_no_queued_task(
    live_server, home_page, smtp_server, smtp, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 10_000
    database = connection.settings_dict
    worker = subprocess.Popen(  # noqa: S603 - a fixed command
        [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.2", "--no-startup-delay"],
        cwd=REPO,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.newsletters.worker_settings",
            "DATABASE_URL": "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**database),
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": smtp_server.hostname,
            "EMAIL_PORT": str(smtp_server.port),
        },
    )
    visitor = Visitor(live_server.url)
    visiting = threading.Thread(target=visitor.run, daemon=True)
    try:
        visiting.start()
        assert _wait_for(lambda: len(visitor.successes()) >= 3, 60), visitor.answers
        before_restart = len(visitor.answers)
        restart_database(seconds_down=3)
        connections.close_all()  # the test's own connection died with the server
        after_restart = len(visitor.answers)
        assert _wait_for(lambda: len(visitor.successes()) >= len(visitor.answers[:after_restart]) + 3, 60)
        visitor.stop.set()
        visiting.join(timeout=30)

        during = visitor.answers[before_restart:after_restart]
        assert any(status == 503 for _address, status, _retry in during), during
        unclean = [answer for answer in visitor.answers if answer[1] not in (302, 503)]
        assert not unclean, unclean
        assert all(retry == "30" for _address, status, retry in visitor.answers if status == 503)
        assert visitor.answers[-1][1] == 302

        answered = set(visitor.successes())
        assert answered <= set(Subscriber.objects.values_list("email", flat=True))
        confirmed = _wait_for(lambda: {m["to"][0] for m in smtp.messages} >= answered, 90)
        tasks = list(DBTaskResult.objects.values_list("status", "exception_class_path"))
        assert confirmed, (answered - {m["to"][0] for m in smtp.messages}, tasks)
        assert worker.poll() is None, "the worker exited with the database outage"
        received = [m["to"][0] for m in smtp.messages]
        assert len(received) == len(set(received)), "a confirmation was sent twice"
    finally:
        visitor.stop.set()
        worker.terminate()
        worker.wait(timeout=30)
