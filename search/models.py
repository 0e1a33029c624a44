from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """An object whose search document must be rewritten (or removed).

    Rows are written in the same transaction as the change, and removed only once the
    engine has accepted the update, so nothing is lost while the server is down: the
    next run of the indexing task (or `manage.py update_search_index`) catches up.
    """

    class Kind(models.TextChoices):
        PAGE = "page", "page"
        PARTNER = "partner", "partner"
        POST = "post", "forum post"
        # A marker while a rebuild runs: updates are applied but kept, to be applied
        # again to the new indexes once the aliases are swapped.
        REBUILD = "rebuild", "rebuild in progress"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    queued_at = models.DateTimeField(auto_now=True)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="unique_pending_index_update")]
        verbose_name = _("pending search index update")


class DocumentText(models.Model):
    """The text extracted from an uploaded document (PDF, DOCX), for searching inside deliverables."""

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="search_text", verbose_name=_("document")
    )
    text = models.TextField(blank=True)
    file_hash = models.CharField(max_length=64, blank=True)
    extracted_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("document text")
