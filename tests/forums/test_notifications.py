"""Members follow topics and forums and hear of new posts by e-mail, in their own language, via real SMTP."""

import re

from django.urls import reverse

import pytest
from machina.apps.forum_conversation.models import Post

from forums.models import ForumSubscription, NotificationSettings
from forums.notifications import send_daily_digests
from tests.factories.accounts import member
from tests.factories.forums import post_form_data, site_forum, topic_with_posts

pytestmark = pytest.mark.django_db


def _reply(client, topic, content="A reply."):
    url = reverse("forum_conversation:post_create", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk])
    return client.post(url, post_form_data(f"Re: {topic.subject}", content))


def _text(message):
    return message.get_body(("plain",)).get_content()


def test_starting_and_replying_follow_the_topic_and_replies_notify_followers_in_their_language(client, forums, smtp):
    author = member(language="bg", groups=["Partners"], display_name="Ана")
    client.force_login(author)
    forum = site_forum("WG3")
    client.post(
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        post_form_data("Cluster networks", "Who joins?"),
    )
    topic = Post.objects.get(subject="Cluster networks").topic
    assert author in topic.subscribers.all()

    replier = member(language="de", groups=["Partners"], display_name="Bernd")
    client.force_login(replier)
    assert _reply(client, topic, "I join.").status_code == 302
    assert replier in topic.subscribers.all()

    (message,) = smtp.to(author.email)
    assert smtp.to(replier.email) == []  # never about one's own post
    # Python reads the folded, encoded header with the space of its fold in front.
    assert message["Subject"].lstrip() == "Нова публикация в „Cluster networks“"
    body = _text(message)
    assert "Здравейте, Ана" in body
    assert "Bernd" in body and "I join." in body
    assert "/bg/forum/" in body
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # One click in the e-mail (RFC 8058: a POST without session or CSRF token) stops them.
    link = re.search(r"http://localhost(/bg/forum/notifications/unsubscribe/\S+/)", body).group(1)
    client.logout()
    assert client.get(link).status_code == 200
    assert author in topic.subscribers.all()
    assert client.post(link).status_code == 200
    assert author not in topic.subscribers.all()
    assert client.post(link.replace("/unsubscribe/", "/unsubscribe/x")).status_code == 400


def test_forum_followers_hear_of_new_topics_but_not_of_pending_ones_until_approved(client, forums, smtp):
    follower = member(language="hu")
    forum = site_forum("WG5")
    client.force_login(follower)
    client.post(reverse("forums_follow", args=[forum.pk]), {"follow": "1"})
    assert ForumSubscription.objects.filter(user=follower, forum=forum).exists()

    newcomer = member()
    client.force_login(newcomer)
    client.post(
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        post_form_data("Smart specialisation", "First steps?"),
    )
    assert smtp.to(follower.email) == []
    pending = Post.objects.get(subject="Smart specialisation")
    client.force_login(member(groups=["Forum moderators"]))
    client.post(reverse("forum_moderation:approve_queued_post", args=[pending.pk]))
    (message,) = smtp.to(follower.email)
    assert "Smart specialisation" in _text(message)
    assert "/hu/forum/" in _text(message)


def test_nobody_outside_the_partnership_is_notified_about_the_private_forum(client, forums, smtp):
    steering = site_forum("steering")
    partner = member(groups=["Partners"])
    outsider = member()
    topic = topic_with_posts(forum=steering, poster=partner)
    topic.subscribers.add(partner, outsider)  # e.g. followed while a partner, since removed from the group
    ForumSubscription.objects.create(user=outsider, forum=steering)
    other_partner = member(groups=["Partners"])
    client.force_login(other_partner)
    _reply(client, topic, "Confidential budget figures.")
    assert len(smtp.to(partner.email)) == 1
    assert smtp.to(outsider.email) == []


def test_members_who_chose_the_daily_digest_get_one_e_mail_instead(client, forums, smtp):
    reader = member(language="it")
    NotificationSettings.objects.create(user=reader, frequency=NotificationSettings.Frequency.DAILY)
    topics = [topic_with_posts(forum=site_forum("WG1")) for _ in range(2)]
    for topic in topics:
        topic.subscribers.add(reader)
    writer = member(groups=["Partners"])
    client.force_login(writer)
    for topic in topics:
        _reply(client, topic)
    assert smtp.to(reader.email) == []
    assert send_daily_digests() == 1
    (message,) = smtp.to(reader.email)
    body = _text(message)
    assert all(topic.subject in body for topic in topics)
    assert "/it/forum/" in body
    assert send_daily_digests() == 0  # nothing new since


def test_notification_settings_page_changes_the_frequency(client, forums):
    user = member()
    client.force_login(user)
    response = client.get(reverse("forums_notification_settings"))
    assert response.status_code == 200
    client.post(reverse("forums_notification_settings"), {"frequency": "never"})
    assert user.forum_notifications.frequency == "never"


def test_personal_data_includes_forum_posts_and_deletion_keeps_posts_as_a_former_members(client, forums):
    from forums.models import NotificationSettings

    user = member(display_name="Ana Ivanova-Petrova")
    topic = topic_with_posts(poster=user, subject="Green clusters")
    topic.subscribers.add(user)
    ForumSubscription.objects.create(user=user, forum=topic.forum)
    NotificationSettings.objects.create(user=user, frequency="daily")
    client.force_login(user)
    data = client.get("/en/accounts/data/").json()
    assert data["forums"]["posts"][0]["topic"] == "Green clusters"
    assert data["forums"]["followed_topics"] == ["Green clusters"]

    client.post("/en/accounts/delete/", {"confirm": "on"})
    assert not topic.subscribers.exists() and not ForumSubscription.objects.exists()
    assert not NotificationSettings.objects.exists()
    url = reverse("forum_conversation:topic", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk])
    page = client.get(url).content.decode()
    assert "former member" in page
    assert "Ana Ivanova-Petrova" not in page
