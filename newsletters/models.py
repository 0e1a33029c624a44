"""Subscribers, their consent, newsletter issues (pages) and the delivery of each issue to each subscriber."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage
from core.visibility import public_pages
from knowledge.feeds import FeedsMixin
from pictures.prefetch import prefetch_listing_renditions

from .blocks import block_items


def new_token():
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    all_topics = models.BooleanField(_("all topics"), default=True)
    # The English (source) thematic areas; their code is the same in every locale.
    topics = models.ManyToManyField(
        "knowledge.ThematicArea", blank=True, related_name="+", verbose_name=_("thematic areas")
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    # Identifies the subscriber in (signed) preference and unsubscribe links.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # Hook for site accounts: a member who subscribes from their profile is linked here.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="newsletter_subscriber"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class ConsentRecord(models.Model):
    """Proof of consent: what the person was shown and did, when, in which language."""

    class Action(models.TextChoices):
        REQUESTED = "requested", _("asked to subscribe")
        CONFIRMED = "confirmed", _("confirmed the subscription")
        CHANGED = "changed", _("changed preferences")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    action = models.CharField(max_length=16, choices=Action.choices)
    created_at = models.DateTimeField(default=timezone.now)
    wording = models.TextField(blank=True)
    language = models.CharField(max_length=8)
    ip_hash = models.CharField(max_length=64, blank=True)
    source = models.CharField(max_length=32, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self):
        return f"{self.subscriber} {self.action} {self.created_at:%Y-%m-%d %H:%M}"


# --- Newsletter issues -------------------------------------------------------


class PageListBlock(blocks.StructBlock):
    """Chosen pages, or else the latest ones of a kind."""

    heading = blocks.CharBlock(required=False, label=_("Heading"))
    pages = blocks.ListBlock(blocks.PageChooserBlock(), required=False, label=_("Chosen pages"))
    latest = blocks.IntegerBlock(
        required=False,
        min_value=0,
        max_value=10,
        default=3,
        label=_("Latest items"),
        help_text=_("Used when no pages are chosen."),
    )


class NewsBlock(PageListBlock):
    pages = blocks.ListBlock(blocks.PageChooserBlock(page_type="knowledge.NewsPage"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("News")


class EventsBlock(PageListBlock):
    pages = blocks.ListBlock(blocks.PageChooserBlock(page_type="knowledge.EventPage"), required=False)

    class Meta:
        icon = "date"
        label = _("Events")


class DeliverablesBlock(PageListBlock):
    pages = blocks.ListBlock(blocks.PageChooserBlock(page_type="knowledge.DeliverablePage"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Deliverables")


class NewsletterBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))
    image = ImageBlock(label=_("Image"))
    news = NewsBlock()
    events = EventsBlock()
    deliverables = DeliverablesBlock()


LIST_BLOCKS = ("news", "events", "deliverables")


class NewsletterIndexPage(FeedsMixin, BasePage):
    """The archive of past issues in one locale, with an RSS feed."""

    template = "newsletters/newsletter_index_page.html"
    subpage_types = ["newsletters.NewsletterPage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("newsletter archive")

    def issues(self):
        return (
            public_pages(NewsletterPage.objects.child_of(self))
            .select_related("listing_image")
            .order_by("-first_published_at")
        )

    def feed_items(self):
        return self.issues()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issues"] = list(self.issues())
        prefetch_listing_renditions(context["issues"])
        return context


class NewsletterPage(BasePage):
    """One issue: its web version is archived on the site, its e-mail version is sent to subscribers."""

    subject = models.CharField(_("e-mail subject"), max_length=200, blank=True, help_text=_("Defaults to the title."))
    body = StreamField(NewsletterBodyBlock(), blank=True, verbose_name=_("body"))
    thematic_areas = ParentalManyToManyField(
        "knowledge.ThematicArea",
        blank=True,
        related_name="+",
        verbose_name=_("thematic areas"),
        help_text=_("Sent only to subscribers of these areas (and to those who follow all). Empty: everyone."),
    )
    footer = RichTextField(_("footer"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [
        FieldPanel("subject"),
        FieldPanel("body"),
        FieldPanel("thematic_areas"),
        FieldPanel("footer"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("thematic_areas")]

    template = "newsletters/newsletter_page.html"
    parent_page_types = ["newsletters.NewsletterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

    def get_subject(self):
        return self.subject or self.title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["blocks"] = [
            {"block": block, "items": block_items(block, self.locale) if block.block_type in LIST_BLOCKS else None}
            for block in self.body
        ]
        return context


# --- Sending -----------------------------------------------------------------


class Campaign(models.Model):
    """The sending of one issue (all its translations) to the subscribers it concerns."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", pgettext_lazy("status", "scheduled")
        SENDING = "sending", _("sending")
        DONE = "done", pgettext_lazy("status", "sent")
        CANCELLED = "cancelled", _("cancelled")

    # The source (English) issue; translations are looked up through its translation key.
    issue = models.OneToOneField(NewsletterPage, on_delete=models.CASCADE, related_name="campaign")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.SCHEDULED)
    send_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self):
        return str(self.issue)


class Delivery(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENDING = "sending", _("sending")
        SENT = "sent", pgettext_lazy("status", "sent")
        FAILED = "failed", _("failed")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    reason = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    language = models.CharField(max_length=8, blank=True)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "subscriber"], name="one_delivery_per_subscriber_and_issue")
        ]
        indexes = [models.Index(fields=["campaign", "status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.campaign} → {self.subscriber}: {self.status}"
