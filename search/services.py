"""Keeping the search index in step with the content: recording changes and writing them to the engine.

Changes are recorded as PendingIndexUpdate rows in the same transaction as the change
(search/tasks.py's `queue` records them and starts the background task after commit), then
the task writes them to the engine. If the engine is down, the rows stay and the task is
tried again later (and by `update_search_index`), so publishing never waits for or fails
because of the search server.
"""

import concurrent.futures
import hashlib
import logging
import time

from django.db.models import F

from wagtail.documents import get_document_model
from wagtail.models import Page

from . import engine
from .extraction import extract_text
from .models import DocumentText, PendingIndexUpdate
from .sources import SOURCES
from .sources.pages import attachment_pages

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
# Bulk requests in flight during a rebuild: two keep the engine busy while the next batch is built.
BULK_WORKERS = 2
RETRY_DELAYS = [10, 30, 60, 300, 900]


# --- Recording changes -----------------------------------------------------------


def record(kind, object_ids):
    """Record that these objects' documents must be rewritten; true when there was anything to record."""
    if not engine.is_enabled():
        return False
    object_ids = {int(pk) for pk in object_ids if pk is not None}
    if not object_ids:
        return False
    PendingIndexUpdate.objects.bulk_create(
        [PendingIndexUpdate(kind=kind, object_id=pk) for pk in object_ids],
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=["queued_at"],
    )
    return True


def related_page_ids(pages, subtree=True):
    """The pages, with `subtree` their descendants and the aliases of all of them, and always their
    translations (which of them stands in for untranslated languages may change)."""
    pages = [p for p in pages if p is not None]
    if not pages:
        return set()
    ids = {p.pk for p in pages}
    keys = {p.translation_key for p in pages}
    if subtree:
        descendants = Page.objects.none()
        for page in pages:
            descendants = descendants | Page.objects.filter(path__startswith=page.path, depth__gt=page.depth)
        ids |= set(descendants.values_list("pk", flat=True))
        ids |= set(Page.objects.filter(alias_of_id__in=ids).values_list("pk", flat=True))
    ids |= set(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))
    return ids


def record_pages(pages, subtree=True):
    """Record the pages and what their change changes (related_page_ids)."""
    if not engine.is_enabled():
        return False
    return record(PendingIndexUpdate.Kind.PAGE, related_page_ids(pages, subtree))


# --- Writing to the engine -----------------------------------------------------------


def process_pending(refresh=False, retry=None):
    """Write every pending update to the engine; True when the queue is empty afterwards.

    `retry(delay)`: called when the engine is down, to try again `delay` seconds later.
    """
    if not engine.is_enabled():
        return True
    try:
        es = engine.client(timeout=30)
        engine.ensure_indexes(es)
        rebuilding = PendingIndexUpdate.objects.filter(kind=PendingIndexUpdate.Kind.REBUILD).exists()
        last = 0
        while True:
            rows = list(
                PendingIndexUpdate.objects.exclude(kind=PendingIndexUpdate.Kind.REBUILD)
                .filter(pk__gt=last)
                .order_by("pk")[:BATCH_SIZE]
            )
            if not rows:
                return not rebuilding
            last = rows[-1].pk
            by_kind = {}
            for row in rows:
                by_kind.setdefault(row.kind, []).append(row.object_id)
            for kind, ids in by_kind.items():
                documents, deleted = SOURCES[kind].documents(ids)
                engine.write(es, documents, deleted, refresh=refresh)
            if not rebuilding:
                # Only rows not queued again meanwhile are done.
                for row in rows:
                    PendingIndexUpdate.objects.filter(pk=row.pk, queued_at=row.queued_at).delete()
    except engine.EngineError as error:
        PendingIndexUpdate.objects.update(attempts=F("attempts") + 1)
        attempts = PendingIndexUpdate.objects.order_by("-attempts").values_list("attempts", flat=True).first() or 1
        delay = RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]
        logger.warning("Search server unavailable (%s); %s updates kept, retrying in %ss", error, _pending(), delay)
        if retry:
            retry(delay)
        return False


def _pending():
    return PendingIndexUpdate.objects.count()


# --- Document text ---------------------------------------------------------------


def extract_document_text(document_id):
    """Extract and store the text of a document; true when the pages that search it were recorded for
    re-indexing (the text changed)."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return False
    try:
        with document.file.open("rb") as handle:
            data = handle.read()
    except OSError:
        logger.warning("Document %s has no readable file", document_id)
        return False
    digest = hashlib.sha256(data).hexdigest()
    stored = DocumentText.objects.filter(document=document).first()
    if stored and stored.file_hash == digest:
        return False
    text = extract_text(document.file.name, data)
    DocumentText.objects.update_or_create(document=document, defaults={"text": text, "file_hash": digest})
    return record_pages(attachment_pages(document), subtree=False)


# --- Rebuild ---------------------------------------------------------------------


def iter_all_documents():
    """Every document of the site, in batches, from each source in turn."""
    for source in SOURCES.values():
        yield from source.batches(BATCH_SIZE)


def count_all():
    return sum(source.count() for source in SOURCES.values())


def rebuild(progress=None):
    """Fill new indexes and swap the aliases to them: searches keep working throughout.

    While the rebuild runs, a marker row keeps the background task from dropping the
    updates it applies to the old indexes; after the swap they are applied again to
    the new ones, so nothing changed meanwhile is lost.
    """
    es = engine.client(timeout=120)
    started = time.monotonic()
    marker, _created = PendingIndexUpdate.objects.get_or_create(kind=PendingIndexUpdate.Kind.REBUILD, object_id=0)
    try:
        new = engine.create_indexes(es, bulk_load=True)
        count = 0
        # Documents are built here (the database connection is this thread's) while the engine indexes the
        # batches before them, sent by BULK_WORKERS threads: neither waits for the other.
        with concurrent.futures.ThreadPoolExecutor(max_workers=BULK_WORKERS) as pool:
            sending = []
            for documents in iter_all_documents():
                if documents:
                    sending.append(pool.submit(engine.bulk_index, es, documents, new.__getitem__))
                    count += len(documents)
                while len(sending) > BULK_WORKERS:
                    sending.pop(0).result()
                if progress:
                    progress(len(documents))
            for future in sending:
                future.result()
        engine.finish_bulk_load(es, new)
        engine.swap_aliases(es, new)
    finally:
        marker.delete()
    PendingIndexUpdate.objects.update(attempts=0)
    process_pending(refresh=True)
    return count, time.monotonic() - started
