"""Recording events as they happen; the first one after a flush schedules the next flush (see counting.py)."""

import datetime
import logging

from django.conf import settings
from django.utils import timezone

from . import counting
from .tasks import flush_counts

logger = logging.getLogger(__name__)


def record(events):
    """Count these events of today: an iterable of (kind, object_id, language, label)."""
    day = timezone.localdate()
    keys = [(day, *event) for event in events]
    if keys and counting.add(keys):
        schedule_flush()


def schedule_flush():
    if not flush_counts.get_backend().supports_defer:
        return  # the immediate backend of the tests: they flush when they mean to
    run_after = timezone.now() + datetime.timedelta(seconds=settings.INDICATORS_FLUSH_INTERVAL)
    try:
        flush_counts.using(run_after=run_after).enqueue()
    except Exception:  # noqa: BLE001 - the counts wait in the cache for the next flush
        logger.exception("Could not schedule the flush of the indicators")
