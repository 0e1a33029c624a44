"""django-tasks' database worker, kept alive through a database outage, and covering for dead workers.

The worker of django_tasks_db exits on the first database error that is not SQLite's
"locked", and a task it was running when the database went away, or when the worker was
killed, stays "running" for ever. This command replaces it under the same name (this app
comes first in INSTALLED_APPS): on a lost connection it waits and reconnects, then puts its
own interrupted task back in the queue; and every worker says it is alive every few seconds,
so the others put back the tasks of a worker that is no longer seen. Tasks must therefore be
idempotent, as every task of this site is.
"""

import datetime
import logging
import os
import threading
import time

from django.db import DatabaseError, connections
from django.db.utils import InterfaceError, OperationalError
from django.utils import timezone
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader

from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from core.models import TaskWorker

logger = logging.getLogger("django_tasks")

RECONNECT_DELAYS = (0.5, 1, 2, 5, 10)  # seconds; the last one repeats until the database is back
HEARTBEAT_INTERVAL = 5  # seconds
# A worker not seen for this long is dead (killed, or its machine lost): its tasks are run again.
PRESUMED_DEAD_AFTER = datetime.timedelta(seconds=30)
FORGOTTEN_AFTER = datetime.timedelta(days=1)


def requeue_tasks_of_dead_workers(now):
    """Put back in the queue the running tasks whose worker has not been seen for PRESUMED_DEAD_AFTER."""
    seen = set(TaskWorker.objects.filter(seen_at__gte=now - PRESUMED_DEAD_AFTER).values_list("worker_id", flat=True))
    started_before = DBTaskResult.objects.filter(started_at__lt=now - PRESUMED_DEAD_AFTER)
    orphaned = _requeue_running(started_before, lambda worker_id: worker_id not in seen)
    if orphaned:
        logger.warning("Re-queued %d task(s) of workers no longer seen", orphaned)
    TaskWorker.objects.filter(seen_at__lt=now - FORGOTTEN_AFTER).delete()
    return orphaned


def _requeue_running(tasks, last_worker_matches):
    """Put back in the queue those of `tasks` still running whose last worker matches; returns how many."""
    running = tasks.filter(status=TaskResultStatus.RUNNING).only("worker_ids")
    chosen = [task.pk for task in running if last_worker_matches(task.worker_ids[-1] if task.worker_ids else None)]
    if chosen:
        # Still running: it may have finished between the two queries.
        DBTaskResult.objects.filter(pk__in=chosen, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None
        )
    return len(chosen)


class Heartbeat(threading.Thread):
    """Says every few seconds that this worker is alive, and re-queues the tasks of workers that are not.

    A thread, so a worker busy with a long task (a newsletter campaign) is still seen.
    """

    def __init__(self, worker_id):
        super().__init__(name="task-worker-heartbeat", daemon=True)
        self.worker_id = worker_id
        self.stopped = threading.Event()
        self.seen_since = None  # when the database last came back: before, others could not say they were alive

    def run(self):
        while True:
            self.beat()
            connections.close_all()  # this thread's own connections, not kept open between beats
            if self.stopped.wait(HEARTBEAT_INTERVAL):
                return

    def beat(self):
        now = timezone.now()
        try:
            TaskWorker.objects.update_or_create(worker_id=self.worker_id, defaults={"seen_at": now})
            self.seen_since = self.seen_since or now
            # Only once every live worker has had the time to be seen since the database was last reachable.
            if now - self.seen_since >= PRESUMED_DEAD_AFTER:
                requeue_tasks_of_dead_workers(now)
        except (DatabaseError, InterfaceError):
            self.seen_since = None
        except Exception:  # noqa: BLE001 - the thread must go on beating, or the others take over our task
            logger.exception("The worker's heartbeat failed")
            self.seen_since = None


class ResilientWorker(db_worker.Worker):
    def run(self):
        heartbeat = Heartbeat(self.worker_id)
        heartbeat.start()
        try:
            return self.run_through_outages()
        finally:
            heartbeat.stopped.set()

    def run_through_outages(self):
        outages = 0
        while self.running:
            try:
                return super().run()
            except (OperationalError, InterfaceError) as error:
                delay = RECONNECT_DELAYS[min(outages, len(RECONNECT_DELAYS) - 1)]
                outages += 1
                logger.warning("Database unavailable (%s); the worker retries in %s s", error, delay)
                connections.close_all()
                time.sleep(delay)
                self.requeue_interrupted_task()

    def requeue_interrupted_task(self):
        """The task this worker was running when the database went away goes back to the queue."""
        try:
            mine = _requeue_running(DBTaskResult.objects.all(), lambda worker_id: worker_id == self.worker_id)
            if mine:
                logger.warning("Re-queued %d task(s) interrupted by the outage", mine)
        except (OperationalError, InterfaceError):
            connections.close_all()  # still down: the next round of run() waits again


class Command(db_worker.Command):
    help = "Run the background task worker (survives database restarts)"

    def handle(self, *, verbosity, queue_name, exclude_queues, reload, batch, **options):
        self.configure_logging(verbosity)
        worker = ResilientWorker(
            queue_names=queue_name.split(","),
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
            batch=batch,
            **{name: options[name] for name in ("interval", "backend_name", "startup_delay", "max_tasks", "worker_id")},
        )
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()  # only in the reloaded child, as django_tasks_db does
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
