from django_tasks import task

from . import counting


@task()
def flush_counts():
    """Add the counters waiting in the cache to the daily counts (scheduled by the first event after a flush)."""
    counting.flush()
