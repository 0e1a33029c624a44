"""Nothing of a post waiting for moderation, or of a post in a forum the reader may not read, is
reachable by any URL: member pages, topic and reply pages, attachments, subscriptions, history, reports."""

from django.urls import reverse

import pytest

from tests.factories.accounts import member
from tests.factories.forums import PostFactory, TopicFactory, attachment, site_forum, topic_with_posts

pytestmark = pytest.mark.django_db

SECRET_SUBJECT = "Pending subject 7f3a"
SECRET_BODY = "Pending body 9c1e"
SECRET_FILE = b"Pending file 4d2b"


def _args(topic):
    return [topic.forum.slug, topic.forum_id, topic.slug, topic.pk]


@pytest.fixture
def pending(forums):
    """A newcomer's pending reply (with a file) in a public topic, and their pending topic."""
    newcomer = member()
    public_topic = topic_with_posts(forum=site_forum("WG2"), subject="Public topic")
    reply = PostFactory(
        topic=public_topic, poster=newcomer, subject=SECRET_SUBJECT, content=SECRET_BODY, approved=False
    )
    file = attachment(reply, SECRET_FILE)
    pending_topic = TopicFactory(forum=site_forum("WG2"), poster=newcomer, subject=SECRET_SUBJECT, approved=False)
    PostFactory(topic=pending_topic, content=SECRET_BODY, approved=False)
    return {"author": newcomer, "reply": reply, "file": file, "topic": pending_topic}


def _pending_urls(pending):
    author, reply, topic = pending["author"], pending["reply"], pending["topic"]
    first = topic.posts.get()
    return [
        reverse("forum_member:user_posts", args=[author.pk]),
        reverse("forum_member:profile", args=[author.pk]),
        reverse("forum_conversation:attachment", args=[pending["file"].pk]),
        reverse("forum_conversation:topic", args=_args(reply.topic)) + f"?post={reply.pk}",
        reverse("forum_conversation:post_create", args=_args(reply.topic)) + f"?quote={reply.pk}",
        reverse("forum_conversation:topic", args=_args(topic)),
        reverse("forum_conversation:post_create", args=_args(topic)),
        reverse("forum_conversation:post_create", args=_args(topic)) + f"?quote={first.pk}",
        reverse("forum_member:topic_subscribe", args=[topic.pk]),
        reverse("forum:forum", args=[topic.forum.slug, topic.forum_id]),
        reverse("forum_tracking:unread_topics"),
        reverse("forums_post_history", args=[reply.pk]),
        reverse("forums_report_post", args=[reply.pk]),
        reverse("forums_post_history", args=[first.pk]),
        "/en/forum/",
    ]


def _leaks(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return [secret for secret in (SECRET_SUBJECT.encode(), SECRET_BODY.encode(), SECRET_FILE) if secret in body]


@pytest.mark.parametrize("reader", ["anonymous", "member", "partner"])
def test_no_url_shows_anything_of_a_post_waiting_for_moderation(client, pending, reader):
    if reader != "anonymous":
        client.force_login(member(groups=["Partners"] if reader == "partner" else []))
    leaking = []
    for url in _pending_urls(pending):
        response = client.get(url)
        assert response.status_code < 500, url
        if _leaks(response):
            leaking.append(url)
    assert leaking == []


def test_the_author_and_the_moderators_still_see_the_pending_post_and_its_file(client, pending):
    download = reverse("forum_conversation:attachment", args=[pending["file"].pk])
    for reader in (pending["author"], member(groups=["Forum moderators"])):
        client.force_login(reader)
        response = client.get(download)
        assert response.status_code == 200
        assert response.content == SECRET_FILE
    client.force_login(pending["author"])
    own_posts = client.get(reverse("forum_member:user_posts", args=[pending["author"].pk])).content.decode()
    assert SECRET_SUBJECT in own_posts


def test_files_of_private_forum_posts_do_not_download_for_outsiders(client, forums):
    topic = topic_with_posts(forum=site_forum("steering"), poster=member(groups=["Partners"]))
    file = attachment(topic.first_post, b"Steering minutes.")
    url = reverse("forum_conversation:attachment", args=[file.pk])
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(member())
    assert client.get(url).status_code in (403, 404)
    client.force_login(member(groups=["Partners"]))
    assert client.get(url).content == b"Steering minutes."
