"""A task whose worker died (killed, or its machine lost) is run again by another worker; a busy worker's is not."""

import datetime

from django.utils import timezone

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.management.commands.db_worker import PRESUMED_DEAD_AFTER, Heartbeat, requeue_tasks_of_dead_workers
from core.models import TaskWorker
from search.tasks import update_search_index

pytestmark = pytest.mark.django_db

LONG_AGO = PRESUMED_DEAD_AFTER + datetime.timedelta(seconds=30)


@pytest.fixture(autouse=True)
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def running_task(worker_id, started_ago):
    task = DBTaskResult.objects.get(pk=update_search_index.enqueue().id)
    task.claim(worker_id)
    DBTaskResult.objects.filter(pk=task.pk).update(started_at=timezone.now() - started_ago)
    return task


def seen(worker_id, ago):
    TaskWorker.objects.update_or_create(worker_id=worker_id, defaults={"seen_at": timezone.now() - ago})


def status(task):
    return DBTaskResult.objects.get(pk=task.pk).status


def test_the_task_of_a_worker_no_longer_seen_goes_back_to_the_queue():
    seen("dead", LONG_AGO)
    task = running_task("dead", started_ago=LONG_AGO)
    assert requeue_tasks_of_dead_workers(timezone.now()) == 1
    assert status(task) == TaskResultStatus.READY
    assert DBTaskResult.objects.ready().filter(pk=task.pk).exists()


def test_the_long_task_of_a_worker_still_seen_keeps_running():
    seen("busy", datetime.timedelta(seconds=2))
    task = running_task("busy", started_ago=datetime.timedelta(minutes=10))
    assert requeue_tasks_of_dead_workers(timezone.now()) == 0
    assert status(task) == TaskResultStatus.RUNNING


def test_a_task_just_claimed_by_a_worker_not_seen_yet_keeps_running():
    task = running_task("starting", started_ago=datetime.timedelta(seconds=1))
    assert requeue_tasks_of_dead_workers(timezone.now()) == 0
    assert status(task) == TaskResultStatus.RUNNING


def test_the_heartbeat_records_the_worker_and_waits_before_judging_others():
    seen("dead", LONG_AGO)
    task = running_task("dead", started_ago=LONG_AGO)
    heartbeat = Heartbeat("alive")
    heartbeat.beat()
    assert TaskWorker.objects.get(worker_id="alive").seen_at > timezone.now() - datetime.timedelta(seconds=5)
    # Just after the database came back, the others have not had the time to say they are alive.
    assert status(task) == TaskResultStatus.RUNNING
    heartbeat.seen_since -= PRESUMED_DEAD_AFTER
    heartbeat.beat()
    assert status(task) == TaskResultStatus.READY


def test_workers_unseen_for_a_day_are_forgotten():
    seen("gone", datetime.timedelta(days=2))
    seen("recent", LONG_AGO)
    requeue_tasks_of_dead_workers(timezone.now())
    assert list(TaskWorker.objects.values_list("worker_id", flat=True)) == ["recent"]
