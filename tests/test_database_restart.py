"""PostgreSQL restarts while visitors subscribe, members reply in a forum and the task worker runs.

Requests made while the database is down get a clean 503 with Retry-After (never a 500, never
a hang), later ones succeed; every subscription and every reply that was answered is stored,
each reply once; the worker survives, every queued confirmation is sent once and every queued
reply notification is sent.
"""

import os
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

from django.conf import settings as django_settings
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest
import requests
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from machina.apps.forum_conversation.models import Post

from forums.models import NotificationSettings
from newsletters.models import Subscriber
from tests.factories.accounts import member
from tests.factories.forums import post_form_data, site_forum, topic_with_posts
from tests.servers import server_missing
from tests.waiting import wait_until

REPO = Path(__file__).resolve().parent.parent
# Every request is answered within this many seconds, outage or not: a request that waits
# longer (for a connection to a database that is down) counts as a hang.
ANSWER_WITHIN = 15


def restart_database(seconds_down):
    """Stop the test PostgreSQL server, keep it down for `seconds_down`, start it on the same data."""
    result = subprocess.run(  # noqa: S603 - a fixed command
        ["scripts/test-db.sh", "restart", str(seconds_down)], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    if result.returncode:
        problem = f"could not restart the test database server: {result.stderr.strip()}"
        server_missing(problem)


class Browser:
    """Fills in one form after another in a thread, as a browser would, and keeps every answer.

    An answer is (what was submitted, HTTP status or why there was none, Retry-After); a form
    is read first (GET), then sent (POST) with the CSRF token the site set, if any.
    """

    def __init__(self, base_url):
        self.base_url = base_url
        self.answers = []
        self.stop = threading.Event()

    def form(self, number):
        """(what is submitted, the form's path, its data) of the `number`th submission."""
        raise NotImplementedError

    def session(self):
        return requests.Session()

    def submit(self, number):
        key, path, data = self.form(number)
        session, url = self.session(), f"{self.base_url}{path}"
        try:
            form = session.get(url, timeout=ANSWER_WITHIN)
            if form.status_code != 200:
                return key, form.status_code, form.headers.get("Retry-After")
            token = session.cookies.get(django_settings.CSRF_COOKIE_NAME)
            answer = session.post(
                url,
                {**data, "csrfmiddlewaretoken": token} if token else data,
                headers={"Referer": url},
                allow_redirects=False,
                timeout=ANSWER_WITHIN,
            )
            return key, answer.status_code, answer.headers.get("Retry-After")
        except requests.RequestException as error:
            return key, f"connection failed: {error}", None

    def run(self):
        number = 0
        while not self.stop.is_set():
            self.answers.append(self.submit(number))
            number += 1
            self.stop.wait(0.05)

    def successes(self, since=0):
        """What was submitted and answered with the redirect of a form that was accepted."""
        return [key for key, status, _retry in self.answers[since:] if status == 302]


class Visitor(Browser):
    """Subscribes one new address after another to the newsletter, each in a new browser session."""

    def form(self, number):
        address = f"visitor{number}@example.org"
        # The signup form carries no CSRF token (it is on every cacheable page); it posts as it is.
        return address, "/en/newsletter/subscribe/", {"email": address, "language": "en", "website": ""}


class Member(Browser):
    """A member logged in on the site who replies to a forum topic again and again."""

    def __init__(self, base_url, user, topic):
        super().__init__(base_url)
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        self.logged_in = requests.Session()
        self.logged_in.cookies.set(
            django_settings.SESSION_COOKIE_NAME, client.cookies[django_settings.SESSION_COOKIE_NAME].value
        )
        self.user, self.topic = user, topic
        with translation.override("en"):
            self.path = reverse(
                "forum_conversation:post_create", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk]
            )

    def session(self):
        return self.logged_in

    def form(self, number):
        content = f"Reply {number} of {self.user.username}."
        return content, self.path, post_form_data(f"Re: {self.topic.subject}", content)


@pytest.fixture
def task_worker(smtp_server):
    """A real `db_worker` process on the test database, sending e-mail to the test SMTP server."""
    worker = subprocess.Popen(  # noqa: S603 - a fixed command
        [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.2", "--no-startup-delay"],
        cwd=REPO,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.newsletters.worker_settings",
            "DATABASE_URL": "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**connection.settings_dict),
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": smtp_server.hostname,
            "EMAIL_PORT": str(smtp_server.port),
        },
    )
    yield worker
    worker.terminate()
    worker.wait(timeout=30)


def _forum_topic_followed():
    """A topic of a public forum, two trusted members to reply to it (their replies appear at once and
    are announced), and a member who follows it and hears of every reply."""
    topic = topic_with_posts(forum=site_forum("WG3"))
    repliers = [member(groups=["Partners"]) for _ in range(2)]
    for user in repliers:
        # Replying follows the topic: only the follower is e-mailed, one message a reply.
        NotificationSettings.objects.create(user=user, frequency=NotificationSettings.Frequency.NEVER)
    follower = member()
    topic.subscribers.add(follower)
    return topic, repliers, follower


def _notified_replies(smtp, follower, contents):
    bodies = [message.get_body(("plain",)).get_content() for message in smtp.to(follower.email)]
    return {content for content in contents if any(content in body for body in bodies)}


@pytest.mark.exclusive
@pytest.mark.django_db(transaction=True)
def test_a_database_restart_loses_no_subscription_no_forum_reply_and_no_queued_task(
    live_server, home_page, forums, smtp, settings, task_worker
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 10_000
    settings.FORUMS_POST_RATE = (10_000, 60)
    topic, repliers, follower = _forum_topic_followed()
    visitor = Visitor(live_server.url)
    members = [Member(live_server.url, user, topic) for user in repliers]
    browsers = [visitor, *members]
    threads = [threading.Thread(target=browser.run, daemon=True) for browser in browsers]
    try:
        for thread in threads:
            thread.start()
        assert wait_until(lambda: all(len(b.successes()) >= 3 for b in browsers), 60), [b.answers for b in browsers]
        before_restart = {browser: len(browser.answers) for browser in browsers}
        restart_database(seconds_down=3)
        connections.close_all()  # the test's own connection died with the server
        after_restart = {browser: len(browser.answers) for browser in browsers}
        succeeding = wait_until(
            lambda: all(len(b.successes(after_restart[b])) >= 3 for b in browsers), 60, interval=0.1
        )
        assert succeeding, [b.answers[after_restart[b] :] for b in browsers]
    finally:
        for browser in browsers:
            browser.stop.set()
        for thread in threads:
            thread.join(timeout=2 * ANSWER_WITHIN)

    for browser in browsers:
        unclean = [answer for answer in browser.answers if answer[1] not in (302, 503)]
        assert not unclean, unclean
        during = browser.answers[before_restart[browser] : after_restart[browser]]
        assert any(status == 503 for _key, status, _retry in during), during
        assert all(retry == "30" for _key, status, retry in browser.answers if status == 503)
        assert browser.answers[-1][1] == 302

    answered = set(visitor.successes())
    assert answered <= set(Subscriber.objects.values_list("email", flat=True))

    replies = Post.objects.filter(topic=topic, poster__in=repliers)
    stored = Counter(replies.values_list("content", flat=True))
    replied = {content for browser in members for content in browser.successes()}
    assert replied <= set(stored), replied - set(stored)
    assert all(count == 1 for count in stored.values()), "a reply was stored twice"

    # Each stored reply queued its notification in its own transaction: one task each, run by the worker.
    reply_ids = set(replies.values_list("pk", flat=True))
    notifications = DBTaskResult.objects.filter(task_path="forums.tasks.notify_new_post")

    def all_processed():
        statuses = list(notifications.values_list("args_kwargs__args__0", "status"))
        return sorted(post_id for post_id, _status in statuses) == sorted(reply_ids) and all(
            status == TaskResultStatus.SUCCESSFUL for _post_id, status in statuses
        )

    processed = wait_until(all_processed, 90)
    assert processed, list(notifications.values_list("args_kwargs", "status", "exception_class_path"))
    assert _notified_replies(smtp, follower, stored) == set(stored)

    confirmed = wait_until(lambda: {m["to"][0] for m in smtp.messages} >= answered, 90)
    tasks = list(DBTaskResult.objects.values_list("status", "exception_class_path"))
    assert confirmed, (answered - {m["to"][0] for m in smtp.messages}, tasks)
    assert task_worker.poll() is None, "the worker exited with the database outage"
    received = [m["to"][0] for m in smtp.messages if m["to"][0] != follower.email]
    assert len(received) == len(set(received)), "a confirmation was sent twice"
