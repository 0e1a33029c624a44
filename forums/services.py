"""What the forums do beyond machina: discussions of knowledge pages, trust, notifications."""

from collections import namedtuple
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Locale, Page

from machina.apps.forum_conversation.forum_attachments.models import Attachment
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_member.models import ForumProfile
from machina.apps.forum_permission.handler import PermissionHandler
from machina.apps.forum_permission.models import ForumPermission, UserForumPermission

from core.links import page_url
from knowledge.models import DeliverablePage, GoodPracticePage

from .models import NotificationSettings, PageTopic, PostRevision, SiteForum
from .structure import PILOTS, POLICY_TRANSFER
from .tasks import notify_new_post


def discussion_forum_key(page):
    """Good practices are discussed in their (first) working group's forum; deliverables of
    the pilot work package (WP5) with the pilot initiatives, others with policy transfer."""
    if isinstance(page, GoodPracticePage):
        # From the areas the page already holds (prefetched for its labels), not one more query.
        area = min(page.thematic_areas.all(), key=lambda area: area.code, default=None)
        return area.code if area else POLICY_TRANSFER
    if isinstance(page, DeliverablePage):
        if page.dissemination_level != DeliverablePage.DisseminationLevel.PUBLIC:
            return None
        return PILOTS if page.work_package.code == "WP5" else POLICY_TRANSFER
    return None


PageDiscussion = namedtuple("PageDiscussion", "source topic forum")


def page_discussion(page):
    """Where a page (any of its translations) is discussed: its source page, its topic if started, and the forum."""
    source = (page.get_translation_or_none(Locale.get_default()) or page).specific
    link = PageTopic.objects.select_related("topic__forum").filter(page=source).first()
    key = discussion_forum_key(source)
    role = SiteForum.objects.select_related("forum").filter(key=key).first() if key else None
    return PageDiscussion(source, link.topic if link else None, role.forum if role else None)


def page_topic_start(source, forum, user):
    """Start the discussion of a page, moderated like any other first post of this member in this forum."""
    with transaction.atomic():
        # One topic per page, even when two members start it at the same moment.
        Page.objects.select_for_update().only("pk").get(pk=source.pk)
        link = PageTopic.objects.select_related("topic").filter(page=source).first()
        if link is not None:
            return link.topic
        approved = PermissionHandler().can_post_without_approval(forum, user)
        topic = Topic.objects.create(
            forum=forum,
            poster=user,
            subject=source.title[:255],
            type=Topic.TOPIC_POST,
            status=Topic.TOPIC_UNLOCKED,
            approved=approved,
        )
        post = Post.objects.create(
            topic=topic,
            poster=user,
            subject=source.title[:255],
            content=_("Discussion of “%(title)s”: %(url)s") % {"title": source.title, "url": page_url(source)},
            approved=approved,
        )
        PageTopic.objects.create(page=source, topic=topic)
    post_created(post, user)
    return topic


def posting_refusal(user, forum, *, new_topic):
    """Why the member may not post in this forum now (in their language), or None.

    Everyone has a posting rate; members whose posts still wait for approval also wait between
    two posts and start only a few topics on their first day (Discourse's defaults for new users).
    """
    now = timezone.now()
    posts = Post.objects.filter(poster=user)
    count, seconds = settings.FORUMS_POST_RATE
    if posts.filter(created__gte=now - timedelta(seconds=seconds)).count() >= count:
        return _("You have posted a lot in a short time. Please wait a few minutes and try again.")
    if PermissionHandler().can_post_without_approval(forum, user):
        return None
    interval = settings.FORUMS_NEW_MEMBER_POST_INTERVAL
    if posts.filter(created__gt=now - timedelta(seconds=interval)).exists():
        return ngettext(
            "New members wait %(seconds)d second between two posts. Please try again in a moment.",
            "New members wait %(seconds)d seconds between two posts. Please try again in a moment.",
            interval,
        ) % {"seconds": interval}
    limit = settings.FORUMS_NEW_MEMBER_FIRST_DAY_TOPICS
    first_day = user.date_joined > now - timedelta(days=1)
    if new_topic and first_day and Topic.objects.filter(poster=user).count() >= limit:
        return ngettext(
            "On their first day, new members start at most %(limit)d topic. Please try again tomorrow.",
            "On their first day, new members start at most %(limit)d topics. Please try again tomorrow.",
            limit,
        ) % {"limit": limit}
    return None


def may_see_pending(poster_id, forum, user, handler):
    """A post or topic waiting for moderation is shown only to its author and to those who may approve it."""
    return (user.is_authenticated and poster_id == user.pk) or handler.can_approve_posts(forum, user)


def topic_shown(topic, user, handler):
    """Whether anything of the topic may be shown (reading its forum is checked separately)."""
    return topic.approved or may_see_pending(topic.poster_id, topic.forum, user, handler)


def post_shown(post, user, handler):
    """Whether anything of the post (text, files) may be shown (reading its forum is checked separately)."""
    topic = post.topic
    return topic_shown(topic, user, handler) and (
        post.approved or may_see_pending(post.poster_id, topic.forum, user, handler)
    )


def member_trust(user):
    """From now on the member's posts appear without waiting for a moderator."""
    permission = ForumPermission.objects.get(codename="can_post_without_approval")
    UserForumPermission.objects.update_or_create(
        user=user, forum=None, permission=permission, defaults={"has_perm": True}
    )


def post_created(post, user):
    """Members follow what they start or reply to; followers hear of the post once it is visible."""
    post.topic.subscribers.add(user)
    if post.approved:
        post_published(post)


def post_published(post):
    notify_new_post.enqueue(post.pk)


def member_forum_data(user):
    """The member's posts, reports and subscriptions, for their personal-data download."""
    posts = Post.objects.filter(poster=user).select_related("topic").order_by("created")
    return "forums", {
        "posts": [
            {
                "topic": post.topic.subject,
                "subject": post.subject,
                "content": str(post.content.raw),
                "created": post.created.isoformat(),
                "approved": post.approved,
            }
            for post in posts
        ],
        "followed_topics": list(user.topic_subscriptions.order_by("subject").values_list("subject", flat=True)),
        "followed_forums": list(user.forum_subscriptions.order_by("forum__name").values_list("forum__name", flat=True)),
        "reports": list(user.post_reports.values("post_id", "reason", "created")),
    }


def member_forum_data_erase(user):
    """On account deletion: subscriptions, settings, reports and files go; posts stay (as a former member's)."""
    Attachment.objects.filter(post__poster=user).delete()
    ForumProfile.objects.filter(user=user).delete()
    user.topic_subscriptions.clear()
    user.forum_subscriptions.all().delete()
    NotificationSettings.objects.filter(user=user).delete()
    user.post_reports.all().delete()
    UserForumPermission.objects.filter(user=user).delete()


def post_revision_keep(post_id, editor):
    """Keep the post as stored before an edit, for its edit history."""
    stored = Post.objects.filter(pk=post_id).values("subject", "content").first()
    if stored is not None:
        PostRevision.objects.create(
            post_id=post_id, subject=stored["subject"], content=stored["content"], edited_by=editor
        )
