"""Daily figures without personal data: what was seen or downloaded, in which language, on which day.

A row says "page 42 in German was seen 17 times on 3 May"; nothing in it tells who. The rows are
kept for the project's life and the five years after it (its reporting obligation), then deleted.
"""

from django.db import models


class Count(models.Model):
    class Kind(models.TextChoices):
        PAGE_VIEW = "page_view", "Page views"
        REFERRER = "referrer", "Visits from other sites"
        VISITOR_LANGUAGE = "visitor_language", "Visitors' browser languages"
        DOCUMENT_DOWNLOAD = "document_download", "Document downloads"
        ATTACHMENT_DOWNLOAD = "attachment_download", "Forum attachment downloads"

    day = models.DateField()
    kind = models.CharField(max_length=32, choices=Kind.choices)
    # The page (views, referrers, browser languages), document or forum attachment counted.
    object_id = models.PositiveIntegerField(default=0)
    language = models.CharField(max_length=8, blank=True)
    # The referring site's domain (never its full address), or the browser's language.
    label = models.CharField(max_length=253, blank=True)
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "kind", "object_id", "language", "label"], name="one_count_a_day"),
        ]
        indexes = [models.Index(fields=["kind", "day"], name="indicators_kind_day")]
        # Project managers see every figure; other editors the website figures of their own pages.
        permissions = [("view_all_figures", "Can see every communication indicator")]

    def __str__(self):
        return f"{self.day} {self.kind} {self.object_id} {self.language} {self.label}: {self.count}"


class Flush(models.Model):
    """A batch of counters taken from the cache and added to the counts, recorded in the same transaction.

    A flush that dies after its commit leaves its batch in the cache; the next flush finds the batch's
    id here and drops it instead of adding it a second time.
    """

    batch = models.CharField(max_length=64, unique=True)
    events = models.PositiveBigIntegerField(default=0)
    flushed_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self):
        return self.batch
