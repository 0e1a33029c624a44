"""What the forums do beyond machina: discussions of knowledge pages, trust, notifications."""

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import Locale

from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_permission.handler import PermissionHandler
from machina.apps.forum_permission.models import ForumPermission, UserForumPermission

from .models import NotificationSettings, PageTopic, PostRevision, SiteForum
from .structure import PILOTS, POLICY_TRANSFER


def discussion_forum_key(page):
    """Good practices are discussed in their (first) working group's forum; deliverables of
    the pilot work package (WP5) with the pilot initiatives, others with policy transfer."""
    from knowledge.models import DeliverablePage, GoodPracticePage

    if isinstance(page, GoodPracticePage):
        area = page.thematic_areas.order_by("code").first()
        return area.code if area else POLICY_TRANSFER
    if isinstance(page, DeliverablePage):
        if page.dissemination_level != DeliverablePage.DisseminationLevel.PUBLIC:
            return None
        return PILOTS if page.work_package.code == "WP5" else POLICY_TRANSFER
    return None


def page_topic_open(page, user):
    """The topic discussing a page (shared by all its translations), created on a member's first visit.

    Returns None when there is no topic yet and the visitor may not start one.
    """
    source = page.get_translation_or_none(Locale.get_default()) or page
    source = source.specific
    link = PageTopic.objects.select_related("topic__forum").filter(page=source).first()
    if link is not None:
        return link.topic
    key = discussion_forum_key(source)
    role = SiteForum.objects.select_related("forum").filter(key=key).first() if key else None
    if role is None or not user.is_authenticated:
        return None
    if not PermissionHandler().can_add_topic(role.forum, user):
        return None
    with transaction.atomic():
        topic = Topic.objects.create(
            forum=role.forum,
            poster=user,
            subject=source.title[:255],
            type=Topic.TOPIC_POST,
            status=Topic.TOPIC_UNLOCKED,
            approved=True,
        )
        Post.objects.create(
            topic=topic,
            poster=user,
            subject=source.title[:255],
            content=_("Discussion of “%(title)s”: %(url)s") % {"title": source.title, "url": source.full_url},
            approved=True,
        )
        PageTopic.objects.create(page=source, topic=topic)
    return topic


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
    from .tasks import notify_new_post

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
    """On account deletion: subscriptions, settings and reports go; posts stay (as a former member's)."""
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
