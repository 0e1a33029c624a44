"""Who may do what in the forums, asserted cell by cell through real requests.

{anonymous, member, partner, moderator, WG coordinator} × {read, post, reply, edit own, edit other,
download attachment, see unapproved, moderate} × {public forum (WG1), private forum (Steering Committee)}:
80 cells. The forum structure and its content are built once for the module; each cell's request runs
in its own transaction, rolled back after it.
"""

import datetime
from types import SimpleNamespace

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

import pytest
from machina.apps.forum_conversation.models import Post, Topic

from forums.structure import load_forum_structure
from tests.factories.accounts import member
from tests.factories.forums import PostFactory, TopicFactory, attachment, post_form_data, site_forum

ROLES = {
    "anonymous": None,
    "member": [],
    "partner": ["Partners"],
    "moderator": ["Forum moderators"],
    "coordinator": ["WG1 coordinators"],
}
ACTIONS = ["read", "post", "reply", "edit own", "edit other", "download attachment", "see unapproved", "moderate"]
EVERYTHING = set(ACTIONS)
WRITE = {"read", "post", "reply", "edit own", "download attachment"}
ALLOWED = {
    "public": {
        "anonymous": {"read", "download attachment"},
        "member": WRITE,
        "partner": WRITE,
        "moderator": EVERYTHING,
        "coordinator": EVERYTHING,
    },
    "private": {"anonymous": set(), "member": set(), "partner": WRITE, "moderator": set(), "coordinator": set()},
}
FORUM_KEYS = {"public": "WG1", "private": "steering"}
SUBJECT = {"public": "Regional vouchers 5b1d", "private": "Budget lines 8e2c"}
PENDING_SUBJECT = {"public": "Pending question 3f9a", "private": "Pending motion 6c4e"}
FILE_CONTENT = b"Matrix attachment 0a7f"


def _long_ago(**delta):
    return timezone.now() - datetime.timedelta(**delta)


def _forum_content(forum, where, users):
    author = member(groups=["Partners"])
    topic = TopicFactory(forum=forum, poster=author, subject=SUBJECT[where])
    other = PostFactory(topic=topic, poster=author, content="The author's post.")
    own = {role: PostFactory(topic=topic, poster=user, content=f"{role}'s post.") for role, user in users.items()}
    own["anonymous"] = PostFactory(topic=topic, poster=None, username="Guest", content="A guest's post.")
    Post.objects.filter(topic=topic).update(created=_long_ago(hours=1))  # no posting-interval limit applies
    pending_topic = TopicFactory(forum=forum, poster=member(), subject=PENDING_SUBJECT[where], approved=False)
    pending = PostFactory(topic=pending_topic, approved=False, content="Waiting for a moderator.")
    return SimpleNamespace(
        forum=forum,
        topic=Topic.objects.get(pk=topic.pk),
        other=other,
        own=own,
        file=attachment(other, FILE_CONTENT),
        pending_topic=Topic.objects.get(pk=pending_topic.pk),
        pending=pending,
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_forum_structure()
        users = {role: member(groups=groups) for role, groups in ROLES.items() if groups is not None}
        for user in users.values():
            user.date_joined = _long_ago(days=30)
            user.save(update_fields=["date_joined"])
        yield SimpleNamespace(
            users=users,
            forums={where: _forum_content(site_forum(key), where, users) for where, key in FORUM_KEYS.items()},
        )
        transaction.set_rollback(True)


def _topic_args(topic):
    return [topic.forum.slug, topic.forum_id, topic.slug, topic.pk]


def _edit(client, place, post):
    url = reverse("forum_conversation:post_update", args=[*_topic_args(place.topic), post.pk])
    client.post(url, post_form_data(post.subject, "Edited in the matrix."))
    return Post.objects.get(pk=post.pk).content.raw == "Edited in the matrix."


def _shows(response, text):
    return response.status_code == 200 and text in response.content.decode()


def _attempt(client, action, place, role):
    """Performs the action; returns whether it took effect."""
    if action == "read":
        return _shows(
            client.get(reverse("forum_conversation:topic", args=_topic_args(place.topic))), place.topic.subject
        )
    if action == "post":
        url = reverse("forum_conversation:topic_create", args=[place.forum.slug, place.forum.pk])
        client.post(url, post_form_data("A matrix topic", "Started in the matrix."))
        return Topic.objects.filter(forum=place.forum, subject="A matrix topic").exists()
    if action == "reply":
        client.post(
            reverse("forum_conversation:post_create", args=_topic_args(place.topic)),
            post_form_data("Re", "A matrix reply."),
        )
        return Post.objects.filter(topic=place.topic, content="A matrix reply.").exists()
    if action == "edit own":
        return _edit(client, place, place.own[role])
    if action == "edit other":
        return _edit(client, place, place.other)
    if action == "download attachment":
        response = client.get(reverse("forum_conversation:attachment", args=[place.file.pk]))
        return response.status_code == 200 and response.content == FILE_CONTENT
    if action == "see unapproved":
        url = reverse("forum_conversation:topic", args=_topic_args(place.pending_topic))
        return _shows(client.get(url), place.pending_topic.subject)
    if action == "moderate":
        client.post(reverse("forum_moderation:approve_queued_post", args=[place.pending.pk]))
        return Post.objects.get(pk=place.pending.pk).approved
    raise AssertionError(action)


@pytest.mark.django_db
@pytest.mark.parametrize("where", ["public", "private"])
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", list(ROLES))
def test_forum_permission_matrix(client, world, role, action, where):
    if role != "anonymous":
        client.force_login(world.users[role])
    allowed = action in ALLOWED[where][role]
    assert _attempt(client, action, world.forums[where], role) is allowed


def test_the_matrix_covers_every_cell():
    assert len(ROLES) * len(ACTIONS) * len(FORUM_KEYS) == 80
