"""Faults on the production topology (`make stack`): a part fails under load and the site goes on.

Varnish leaves a dead gunicorn out once its probe has noticed; searches answer from the replica
when a search node dies; a Redis restart costs cached fragments, not pages; a PostgreSQL restart
answers 503 while it lasts, then pages again; a task worker killed in a campaign leaves the rest to
the other one, and every subscriber gets exactly one copy; a task worker killed while it writes the
search index has its task run again by the other one, and no update is lost.
"""

import json
import re
import time

import pytest
import requests

from tests.stack.load import Load
from tests.waiting import wait_until

# Starting the topology (two search nodes, two gunicorns, the demo content) takes minutes on two cores:
# `make test-stack` runs these, `make test` leaves them out.
pytestmark = pytest.mark.stack

# Varnish probes each second and needs 2 failures in a window of 3: a dead backend is left out
# within about 3 s; 5 s leaves room on a busy machine.
PROBE_WINDOW = 5

PAGES = ["/en/", "/en/news/", "/en/events/", "/en/forum/"]


def _server_errors(answers):
    return [answer for answer in answers if not isinstance(answer[1], int) or answer[1] >= 500]


def test_the_stack_serves_the_demo_site_through_varnish_from_both_gunicorns(stack):
    for base in [stack.varnish, *stack.web]:
        response = requests.get(f"{base}/en/", timeout=30)
        assert response.status_code == 200, (base, response.status_code)
    assert requests.get(f"{stack.varnish}/healthz", timeout=10).text == "ok"


def test_a_killed_gunicorn_is_left_out_and_the_other_answers_every_request(stack):
    urls = [stack.varnish + page for page in PAGES]
    try:
        # Fewer visitors than sync workers: a probe queued behind slow pages could time out (3 s) and
        # mark a live backend sick, which is not the fault under test.
        with Load(urls, threads=2) as load:
            assert wait_until(lambda: len(load.answers) >= 10, 60)
            killed_at = time.monotonic()
            stack.kill_web(2)
            time.sleep(PROBE_WINDOW + 5)  # the load goes on across the probe window: time is what is tested
    finally:
        stack.script("start-web", "2")
    # Requests the killed instance was answering at that moment fail with it (Varnish: "HTC eof");
    # the ones answered before did not.
    before = load.finished_before(killed_at)
    after = load.between(killed_at + PROBE_WINDOW)
    assert before and not _server_errors(before), _server_errors(before)
    assert len(after) >= 5, load.answers[-10:]
    assert not _server_errors(after), _server_errors(after)


def test_a_redis_restart_costs_no_page(stack):
    urls = [base + page for base in [stack.varnish, *stack.web] for page in PAGES]
    with Load(urls, threads=3) as load:
        assert wait_until(lambda: len(load.answers) >= 10, 60)
        stack.script("restart-redis", timeout=60)
        restarted_at = time.monotonic()
        assert wait_until(lambda: len(load.between(restarted_at)) >= 10, 60)
    assert not _server_errors(load.answers), _server_errors(load.answers)


def test_a_postgresql_restart_answers_503_while_down_and_pages_again_after(stack):
    urls = [base + page for base in stack.web for page in PAGES]
    with Load(urls, threads=3) as load:
        assert wait_until(lambda: len(load.answers) >= 10, 60)
        down_at = time.monotonic()
        stack.script("restart-db", "4", timeout=120)
        up_at = time.monotonic()
        # Kept going until ten pages have answered from a second or two after the restart on.
        assert wait_until(lambda: sum(1 for a in load.between(up_at + 3) if a[1] == 200) >= 10, 60)
    during = load.between(down_at, up_at)
    assert any(status == 503 for _t, status, *_rest in during), during
    unclean = [answer for answer in load.answers if answer[1] not in (200, 503)]
    assert not unclean, unclean
    # Once the server is back, the failures stop within a reconnect (a second or two).
    settled = load.between(up_at + 3)
    assert settled and all(status == 200 for _t, status, *_rest in settled), [a for a in settled if a[1] != 200]
    # Varnish's probes find the backends healthy again.
    assert wait_until(lambda: requests.get(f"{stack.varnish}/en/", timeout=30).status_code == 200, 30)


def test_searches_answer_from_the_replica_when_a_search_node_dies(stack):
    url = f"{stack.web[0]}/en/search/?q=energy"
    first = requests.get(url, timeout=30)
    assert first.status_code == 200 and "search-notice" not in first.text
    stack.kill_search_node(2)
    killed_at = time.monotonic()
    answers = []
    while time.monotonic() < killed_at + 8:
        for base in stack.web:
            response = requests.get(f"{base}/en/search/?q=energy", timeout=30)
            answers.append((response.status_code, "search-notice" in response.text))
    assert all(status == 200 for status, _fallback in answers), answers
    # The engine itself answers (no fallback to the database), from the copies on the live node.
    assert answers[-4:] == [(200, False)] * 4, answers


CAMPAIGN = """
from wagtail.models import Page
from newsletters.models import Campaign, NewsletterIndexPage, Subscriber
from newsletters.services import campaign_schedule
from tests.factories.newsletters import NewsletterIndexPageFactory, NewsletterPageFactory
home = Page.objects.get(depth=2, locale__language_code="en")
index = NewsletterIndexPage.objects.filter(locale__language_code="en").first()
index = index or NewsletterIndexPageFactory(parent=home)
issue = NewsletterPageFactory(parent=index, title="Fault test {tag}")
Subscriber.objects.bulk_create(
    Subscriber(email=f"{tag}-{{n}}@example.org", status="confirmed", token=f"{tag}-{{n}}") for n in range({count})
)
campaign_schedule(issue)
"""


def test_a_worker_killed_mid_campaign_leaves_the_rest_to_the_other_and_each_subscriber_gets_one_copy(
    stack, smtp_server
):
    tag, count = f"fault{int(time.time())}", 200
    ours = lambda: [m["to"][0] for m in list(smtp_server.handler.messages) if m["to"][0].startswith(tag)]  # noqa: E731
    stack.shell(CAMPAIGN.format(tag=tag, count=count))
    try:
        assert wait_until(lambda: len(ours()) >= count // 4, 120), len(ours())
        stack.kill_worker(1)
        killed_at = len(ours())
        assert killed_at < count, "the campaign was over before the worker was killed"
        assert wait_until(lambda: len(ours()) >= count, 90), len(ours())
        time.sleep(2)  # nothing more arrives (no second copy of a batch)
    finally:
        stack.script("start-worker", "1")
    assert sorted(ours()) == sorted(f"{tag}-{n}@example.org" for n in range(count))


# Queues every page and partner for the index, then waits (in the same process: starting one
# takes seconds) until a worker runs the update, and names that worker.
REINDEX_EVERYTHING = """
import json, time
from django.db import transaction
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page
from knowledge.models import Partner
from search import tasks as search_tasks
from search.models import PendingIndexUpdate
with transaction.atomic():
    search_tasks.queue("page", Page.objects.live().filter(depth__gt=1).values_list("pk", flat=True))
    search_tasks.queue("partner", Partner.objects.values_list("pk", flat=True))
queued = PendingIndexUpdate.objects.count()
tasks = DBTaskResult.objects.filter(task_path="search.tasks.update_search_index", status="RUNNING")
deadline = time.monotonic() + 60
while not (running := tasks.first()) and time.monotonic() < deadline:
    time.sleep(0.02)
print(json.dumps({"queued": queued, "task": running and str(running.pk), "worker": running and running.worker_ids[-1]}))
"""

INDEXING_STATE = """
import json
from django_tasks_db.models import DBTaskResult
from search.models import PendingIndexUpdate
task = DBTaskResult.objects.get(pk="{task}")
print(json.dumps({{"pending": PendingIndexUpdate.objects.count(), "status": task.status, "workers": task.worker_ids}}))
"""


def test_a_worker_killed_while_writing_the_search_index_leaves_its_task_to_the_other_and_loses_no_update(stack):
    started = json.loads(stack.shell(REINDEX_EVERYTHING))
    assert started["task"], "no worker started the index update"
    victim = int(re.match(r"worker-(\d)-", started["worker"]).group(1))
    state = lambda: json.loads(stack.shell(INDEXING_STATE.format(task=started["task"])))  # noqa: E731
    try:
        stack.kill_worker(victim)
        assert state()["pending"] > 0, "the index update was over before the worker was killed"
        # The other worker notices within PRESUMED_DEAD_AFTER (30 s) and a heartbeat, and runs the task again.
        assert wait_until(lambda: state()["status"] == "SUCCESSFUL", 90), state()
    finally:
        stack.script("start-worker", str(victim))
    finished = state()
    assert finished["pending"] == 0, finished
    assert finished["workers"][0] == started["worker"] and len(finished["workers"]) == 2, finished
    assert started["queued"] > 100, started
