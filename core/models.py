"""The abstract base of every public page type: what a page shows of itself in listings, feeds and search."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from .forms import LocalisedChoicesPageForm


class ListingFieldsMixin(models.Model):
    """What a page shows of itself in listings, feeds, search results and social cards."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("listing image"),
        help_text=_("Shown in listings and when the page is shared. Give the image a description in the library."),
    )

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.introduction


class BasePage(ListingFieldsMixin, Page):
    """Every public page type derives from this, so listings, SEO and search work the same everywhere."""

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    promote_panels = Page.promote_panels + [FieldPanel("listing_image")]
    base_form_class = LocalisedChoicesPageForm
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("locale"),
    ]

    # Wagtail lists every concrete subclass of Page as creatable; the abstract base is not.
    class Meta:
        abstract = True


class TaskWorker(models.Model):
    """A running task worker, as last seen: a task whose worker stops being seen is put back in the queue."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    seen_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return self.worker_id
