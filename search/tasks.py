"""The search's background work, and recording changes for it.

Whatever changes what the search shows calls `queue` (or `queue_pages`): the change is recorded in
the same transaction (services.record) and the indexing task starts once it commits.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from django_tasks import task

from . import services

logger = logging.getLogger(__name__)


def queue(kind, object_ids):
    """Record that these objects' documents must be rewritten; the task runs after commit."""
    if services.record(kind, object_ids):
        transaction.on_commit(schedule_update)


def queue_pages(pages, subtree=True):
    """The same for pages, and the pages their change affects (services.record_pages)."""
    if services.record_pages(pages, subtree):
        transaction.on_commit(schedule_update)


def schedule_update(delay=None):
    """Start the indexing task, or (`delay` seconds) try it again later where the task backend can wait."""
    update = update_search_index
    if delay:
        if not update.get_backend().supports_defer:
            return
        update = update.using(run_after=timezone.now() + datetime.timedelta(seconds=delay))
    try:
        update.enqueue()
    except Exception:  # noqa: BLE001 - the rows are kept; `update_search_index` catches up
        logger.exception("Could not enqueue the search index update")


@task()
def update_search_index():
    """Apply the pending index updates (retried later by itself if the server is down)."""
    services.process_pending(retry=schedule_update)


@task()
def extract_document_text(document_id):
    if services.extract_document_text(document_id):
        transaction.on_commit(schedule_update)
