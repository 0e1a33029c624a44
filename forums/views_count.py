"""Topic views counted in the cache and written to the database in batches, off the request path.

machina adds one to `Topic.views_count` with an UPDATE on every view of a topic: every
public GET of a topic wrote to the database (a row lock, WAL, a dirty page), and two
visitors of the same topic waited on each other. A view now adds one to a counter in
the cache; `manage.py flush_topic_views` (cron, every few minutes) moves the counters
into the database. A view between two flushes shows up in the count at the next flush.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from machina.apps.forum_conversation.models import Topic

PREFIX = "forums:topic-views:"
TIMEOUT = 7 * 24 * 60 * 60  # longer than any flush interval: counts are not lost between two flushes


def _key(topic_id):
    return f"{PREFIX}{topic_id}"


def count_view(topic_id):
    """One more view of the topic, in the cache (atomic in Redis and in the per-process cache)."""
    key = _key(topic_id)
    if not cache.add(key, 1, TIMEOUT):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, TIMEOUT)


def pending_views(topic_ids):
    """{topic id: views counted in the cache and not yet written}."""
    found = cache.get_many([_key(pk) for pk in topic_ids])
    return {int(key.removeprefix(PREFIX)): value for key, value in found.items() if value}


def flush(batch_size=500):
    """Adds the counted views to the topics; returns how many views were written."""
    written = 0
    topic_ids = list(Topic.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(topic_ids), batch_size):
        for topic_id, views in pending_views(topic_ids[start : start + batch_size]).items():
            # Take away what is written, not reset to zero: views counted meanwhile stay for the next flush.
            cache.decr(_key(topic_id), views)
            with transaction.atomic():
                Topic.objects.filter(pk=topic_id).update(views_count=F("views_count") + views)
            written += views
    return written


def on_topic_viewed(sender, topic, **kwargs):
    count_view(topic.pk)
