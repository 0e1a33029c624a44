"""E-mails about new forum posts, each in the recipient's language, with a signed unsubscribe link.

Called from background tasks (forums/tasks.py), never in the request that created the post.
Only members who may read the forum hear of a post: private forums never leak by e-mail.
"""

import datetime

from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_permission.handler import PermissionHandler

from accounts.services import member_display_name, member_language
from core.links import absolute_url

from .models import ForumSubscription, NotificationSettings

UNSUBSCRIBE_SALT = "forums.unsubscribe"
TOPIC, FORUM, ALL = "topic", "forum", "all"


def unsubscribe_token(user, kind, object_id=None):
    return signing.dumps({"u": user.pk, "k": kind, "o": object_id}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_url(user, kind, object_id=None):
    return absolute_url(reverse("forums_unsubscribe", args=[unsubscribe_token(user, kind, object_id)]))


def unsubscribe(token):
    """Undo what the token names; returns (user, kind, object) or raises signing.BadSignature."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    user = get_user_model().objects.get(pk=data["u"])
    kind, object_id = data["k"], data["o"]
    target = None
    if kind == TOPIC:
        target = Topic.objects.filter(pk=object_id).first()
        if target is not None:
            target.subscribers.remove(user)
    elif kind == FORUM:
        subscription = ForumSubscription.objects.select_related("forum").filter(user=user, forum_id=object_id).first()
        if subscription is not None:
            target = subscription.forum
            subscription.delete()
    else:
        NotificationSettings.objects.update_or_create(
            user=user, defaults={"frequency": NotificationSettings.Frequency.NEVER}
        )
    return user, kind, target


def frequency_of(user):
    settings_row = getattr(user, "forum_notifications", None)
    return settings_row.frequency if settings_row else NotificationSettings.Frequency.IMMEDIATE


def _recipients(post):
    """Followers of the topic, and of the forum for a new topic, who may read it; never the author."""
    topic = post.topic
    users = get_user_model().objects.filter(is_active=True).exclude(pk=post.poster_id)
    audience = Q(topic_subscriptions=topic)
    if post.is_topic_head:
        audience |= Q(forum_subscriptions__forum=topic.forum)
    recipients = users.filter(audience).distinct().select_related("profile", "forum_notifications")
    permissions = PermissionHandler()
    for user in recipients:
        if user.email and permissions.can_read_forum(topic.forum, user):
            yield user


def _post_url(post):
    topic = post.topic
    path = reverse("forum_conversation:topic", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk])
    return absolute_url(f"{path}?post={post.pk}#{post.pk}")


def _send(user, subject, body, unsubscribe, connection):
    message = EmailMultiAlternatives(
        subject=subject.strip(),
        body=body,
        to=[user.email],
        connection=connection,
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    message.send()


def notify_new_post(post_id):
    """Tell the followers of a topic (and of its forum, for a new topic) about an approved post."""
    post = Post.objects.select_related("topic__forum", "poster__profile").filter(pk=post_id, approved=True).first()
    if post is None:
        return 0
    sent = 0
    with get_connection() as connection:
        for user in _recipients(post):
            if frequency_of(user) != NotificationSettings.Frequency.IMMEDIATE:
                continue
            kind, object_id = (
                (FORUM, post.topic.forum_id)
                if (post.is_topic_head and not post.topic.subscribers.filter(pk=user.pk).exists())
                else (TOPIC, post.topic_id)
            )
            with translation.override(member_language(user)):
                context = {
                    "recipient": member_display_name(user),
                    "author": member_display_name(post.poster),
                    "post": post,
                    "topic": post.topic,
                    "forum_name": translation.gettext(post.topic.forum.name),
                    "post_url": _post_url(post),
                    "unsubscribe_url": unsubscribe_url(user, kind, object_id),
                    "settings_url": absolute_url(reverse("forums_notification_settings")),
                }
                subject = render_to_string("forums/email/new_post_subject.txt", context)
                body = render_to_string("forums/email/new_post.txt", context)
                _send(user, subject, body, context["unsubscribe_url"], connection)
            sent += 1
    return sent


def send_daily_digests(now=None):
    """One e-mail per member who chose the daily digest, listing the new posts they follow."""
    now = now or timezone.now()
    sent = 0
    permissions = PermissionHandler()
    rows = NotificationSettings.objects.filter(frequency=NotificationSettings.Frequency.DAILY).select_related(
        "user__profile"
    )
    with get_connection() as connection:
        for row in rows:
            user = row.user
            since = row.digest_sent_at or now - datetime.timedelta(days=1)
            posts = [
                post
                for post in Post.objects.filter(
                    Q(topic__subscribers=user) | Q(topic__forum__followers__user=user),
                    approved=True,
                    created__gt=since,
                    created__lte=now,
                )
                .exclude(poster=user)
                .select_related("topic__forum", "poster__profile")
                .distinct()
                .order_by("created")
                if permissions.can_read_forum(post.topic.forum, user)
            ]
            row.digest_sent_at = now
            row.save(update_fields=["digest_sent_at"])
            if not posts or not user.is_active or not user.email:
                continue
            with translation.override(member_language(user)):
                context = {
                    "recipient": member_display_name(user),
                    "posts": [(post, member_display_name(post.poster), _post_url(post)) for post in posts],
                    "unsubscribe_url": unsubscribe_url(user, ALL),
                    "settings_url": absolute_url(reverse("forums_notification_settings")),
                }
                subject = render_to_string("forums/email/digest_subject.txt", context)
                body = render_to_string("forums/email/digest.txt", context)
                _send(user, subject, body, context["unsubscribe_url"], connection)
            sent += 1
    return sent
