"""Counting without a database write per event: counters in the shared cache, flushed in batches.

Every event (a page seen, a document downloaded) adds one to a field of one Redis hash, the live
hash. A flush renames the live hash to a batch of its own (one atomic step: an event lands in
exactly one batch), then adds the batch to the counts in one transaction that also records the
batch's id, and only then deletes the batch. A flush that dies before its commit leaves the batch
for the next flush; one that dies after it leaves a batch whose id is recorded, which the next flush
deletes without adding it again. So an event is counted once, whoever dies when.

The first event after a flush schedules the next one (at most one a FLUSH_INTERVAL) on the task
worker (recording.py); `manage.py flush_indicators` does the same from cron. Without Redis (a local
run with a file cache, where nothing is atomic across processes) each event is added to the database
at once.
"""

import datetime
import logging
import uuid
from collections import Counter

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from wagtail.models import Page

from .models import Count, Flush

logger = logging.getLogger(__name__)

LIVE = "indicators:live"
BATCHES = "indicators:batches"  # the set of batch ids taken from the live hash and not yet deleted
BATCH = "indicators:batch:"
FLUSH_DUE = "indicators:flush-due"
SEPARATOR = "|"
UPSERT_CHUNK = 500
# Kinds whose object is a page: the flush drops those of pages that do not exist.
PAGE_KINDS = frozenset({Count.Kind.PAGE_VIEW, Count.Kind.REFERRER, Count.Kind.VISITOR_LANGUAGE})
# Rows that say a batch was added; a batch left in the cache is met by the next flush, minutes later.
FLUSH_RECORDS_KEPT = datetime.timedelta(days=30)

# Renames the live hash to a batch and records the batch, in one step: no event slips in between.
_CLAIM = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
"""


def _redis():
    """The raw client of the default cache when it is Redis, else None."""
    backend = caches["default"]
    if not isinstance(backend, RedisCache):
        return None
    # Django's Redis cache has no hash commands; its client is redis-py's (the primary, to write). Django
    # builds a new one on each call (half the cost of a beacon): each cache object keeps its own.
    client = getattr(backend, "_indicators_client", None)
    if client is None:
        client = backend._indicators_client = backend._cache.get_client(write=True)
    return client


def _key(name):
    return caches["default"].make_key(name)


def field(day, kind, object_id=0, language="", label=""):
    return SEPARATOR.join((day.isoformat(), kind, str(object_id), language, label))


def parse_field(raw):
    day, kind, object_id, language, label = raw.split(SEPARATOR, 4)
    return datetime.date.fromisoformat(day), kind, int(object_id), language, label


def add(keys):
    """Add one to each (day, kind, object_id, language, label) key; True for the first event since a flush."""
    client = _redis()
    if client is None:
        # Added at once, but checked as a flush checks them: a beacon may name any page.
        _add(_valid(Counter(keys)).items())
        return False
    try:
        pipe = client.pipeline(transaction=False)
        live = _key(LIVE)
        for key in keys:
            pipe.hincrby(live, field(*key), 1)
        pipe.set(_key(FLUSH_DUE), 1, nx=True, ex=settings.INDICATORS_FLUSH_INTERVAL)
        *_, first_since_flush = pipe.execute()
    except Exception as error:  # noqa: BLE001 - counting never breaks a page; the count is lost, with a warning
        logger.warning("Could not count %s event(s): %s", len(keys), error)
        return False
    return bool(first_since_flush)


def claim_live():
    """Move the live counters into a new batch; its id, or None when nothing was counted."""
    client = _redis()
    if client is None:
        return None
    batch_id = uuid.uuid4().hex
    claimed = client.eval(_CLAIM, 3, _key(LIVE), _key(BATCH + batch_id), _key(BATCHES), batch_id)
    return batch_id if claimed else None


def pending_batches():
    client = _redis()
    if client is None:
        return []
    return sorted(member.decode() for member in client.smembers(_key(BATCHES)))


def flush():
    """Add every batch waiting in the cache (the live counters and any a dead flush left) to the counts.

    Returns the number of events added.
    """
    client = _redis()
    if client is None:
        return 0
    claim_live()
    added = 0
    for batch_id in pending_batches():
        raw = client.hgetall(_key(BATCH + batch_id))
        counts = Counter()
        for name, value in raw.items():
            counts[parse_field(name.decode())] += int(value)
        added += apply_batch(batch_id, counts)
        forget_batch(batch_id)
    Flush.objects.filter(flushed_at__lt=timezone.now() - FLUSH_RECORDS_KEPT).delete()
    return added


def apply_batch(batch_id, counts):
    """Add a batch to the counts unless it was added before; the number of events added."""
    counts = _valid(counts)
    events = sum(counts.values())
    with transaction.atomic():
        try:
            with transaction.atomic():
                Flush.objects.create(batch=batch_id, events=events)
        except IntegrityError:
            return 0  # added by a flush that died before it could delete the batch
        _add(counts.items())
    return events


def forget_batch(batch_id):
    client = _redis()
    pipe = client.pipeline(transaction=True)
    pipe.delete(_key(BATCH + batch_id))
    pipe.srem(_key(BATCHES), batch_id)
    pipe.execute()


def _valid(counts):
    """Without the events of pages that do not exist: anyone can send a beacon with any number."""
    page_ids = {key[2] for key in counts if key[1] in PAGE_KINDS}
    existing = set(Page.objects.filter(pk__in=page_ids).values_list("pk", flat=True)) if page_ids else set()
    return Counter({key: n for key, n in counts.items() if key[1] not in PAGE_KINDS or key[2] in existing})


def _add(rows):
    """Add (key, n) pairs to the counts in one statement per chunk: each row is a sum, never read first."""
    rows = list(rows)
    table = connection.ops.quote_name(Count._meta.db_table)
    for start in range(0, len(rows), UPSERT_CHUNK):
        chunk = rows[start : start + UPSERT_CHUNK]
        values = ", ".join(["(%s, %s, %s, %s, %s, %s)"] * len(chunk))
        params = [
            value
            for (day, kind, object_id, language, label), n in chunk
            for value in (day, kind, object_id, language, label, n)
        ]
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (day, kind, object_id, language, label, count) VALUES {values} "  # noqa: S608 - names are ours, values are parameters
                "ON CONFLICT (day, kind, object_id, language, label) "
                f"DO UPDATE SET count = {table}.count + EXCLUDED.count",
                params,
            )
