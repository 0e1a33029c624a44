from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SiteForum(models.Model):
    """A forum the site itself relies on: one per working group (key WG1–WG6), pilot initiatives, ..."""

    key = models.CharField(_("key"), max_length=30, unique=True)
    forum = models.OneToOneField("forum.Forum", on_delete=models.CASCADE, related_name="site_role")

    class Meta:
        verbose_name = _("site forum")
        verbose_name_plural = _("site forums")

    def __str__(self):
        return self.key


class PageTopic(models.Model):
    """The forum topic where a knowledge page (good practice, deliverable) is discussed."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="forum_topic")
    topic = models.OneToOneField("forum_conversation.Topic", on_delete=models.CASCADE, related_name="page_link")

    class Meta:
        verbose_name = _("discussion of a page")
        verbose_name_plural = _("discussions of pages")

    def __str__(self):
        return str(self.page)


class ForumSubscription(models.Model):
    """A member following a whole forum: they hear of every new topic in it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="followers")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("forum subscription")
        verbose_name_plural = _("forum subscriptions")
        constraints = [models.UniqueConstraint(fields=["user", "forum"], name="unique_forum_subscription")]

    def __str__(self):
        return f"{self.user} → {self.forum}"


class NotificationSettings(models.Model):
    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("An e-mail for each new post")
        DAILY = "daily", _("One daily digest")
        NEVER = "never", _("No e-mails")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notifications")
    frequency = models.CharField(
        _("e-mails about topics and forums you follow"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
    )
    digest_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("notification settings")
        verbose_name_plural = _("notification settings")

    def __str__(self):
        return f"{self.user}: {self.frequency}"


class PostReport(models.Model):
    """A member tells the moderators that a post breaks the rules."""

    post = models.ForeignKey("forum_conversation.Post", on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="post_reports")
    reason = models.TextField(_("what is wrong with this post?"), max_length=1000)
    created = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("reported post")
        verbose_name_plural = _("reported posts")
        constraints = [models.UniqueConstraint(fields=["post", "reporter"], name="one_report_per_member_and_post")]
        ordering = ["-created"]

    def __str__(self):
        return f"{self.post_id}: {self.reason[:40]}"


class PostRevision(models.Model):
    """A post as it was before an edit: the edit history readers can see."""

    post = models.ForeignKey("forum_conversation.Post", on_delete=models.CASCADE, related_name="revisions")
    subject = models.CharField(max_length=255)
    content = models.TextField()
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("earlier version of a post")
        verbose_name_plural = _("earlier versions of posts")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.post_id} @ {self.created:%Y-%m-%d %H:%M}"
