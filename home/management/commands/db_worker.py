"""django-tasks' database worker, kept alive through a database outage.

The worker of django_tasks_db exits on the first database error that is not SQLite's
"locked", and a task it was running when the database went away stays "running" for ever.
This command replaces it under the same name (this app comes first in INSTALLED_APPS): on a
lost connection it waits and reconnects, then puts its own interrupted task back in the
queue. Tasks must therefore be idempotent, as every task of this site is.
"""

import logging
import os
import time

from django.db import connections
from django.db.utils import InterfaceError, OperationalError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader

from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("django_tasks")

RECONNECT_DELAYS = (0.5, 1, 2, 5, 10)  # seconds; the last one repeats until the database is back


class ResilientWorker(db_worker.Worker):
    def run(self):
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
            running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).only("worker_ids")
            mine = [task.pk for task in running if task.worker_ids and task.worker_ids[-1] == self.worker_id]
            if mine:
                DBTaskResult.objects.filter(pk__in=mine).update(status=TaskResultStatus.READY, started_at=None)
                logger.warning("Re-queued %d task(s) interrupted by the outage", len(mine))
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
