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
