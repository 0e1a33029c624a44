"""Discourse's defaults as the floor for new members: 30 seconds between two posts and at most 3 topics
on their first day, refused with a message in the member's language. Trusted members are not held back."""

import datetime

from django.urls import reverse
from django.utils import timezone, translation

import pytest
from machina.apps.forum_conversation.models import Post, Topic

from tests.factories.accounts import member
from tests.factories.forums import TopicFactory, post_form_data, site_forum, topic_with_posts

pytestmark = pytest.mark.django_db


def _topic_create(forum, language="en"):
    with translation.override(language):
        return reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk])


def _reply(topic, language="en"):
    with translation.override(language):
        return reverse("forum_conversation:post_create", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk])


def _age_posts(user, seconds):
    Post.objects.filter(poster=user).update(created=timezone.now() - datetime.timedelta(seconds=seconds))


def test_a_new_member_waits_30_seconds_between_two_posts_and_is_told_in_their_language(client, forums):
    newcomer = member(language="de")
    forum = site_forum("WG1")
    other_topic = topic_with_posts(forum=forum)
    client.force_login(newcomer)
    assert client.post(_topic_create(forum, "de"), post_form_data("Erste Frage", "Hallo.")).status_code == 302

    response = client.post(_reply(other_topic, "de"), post_form_data("Antwort", "Noch etwas."))
    assert response.status_code == 200
    assert "Neue Mitglieder warten 30 Sekunden zwischen zwei Beiträgen" in response.content.decode()
    assert Post.objects.filter(poster=newcomer).count() == 1

    _age_posts(newcomer, 29)
    assert client.post(_reply(other_topic), post_form_data("Reply", "Still.")).status_code == 200
    _age_posts(newcomer, 31)
    assert client.post(_reply(other_topic), post_form_data("Reply", "Now.")).status_code == 302
    assert Post.objects.filter(poster=newcomer).count() == 2


def test_a_new_member_starts_at_most_3_topics_on_their_first_day(client, forums):
    newcomer = member()
    forum = site_forum("WG2")
    for _ in range(3):
        TopicFactory(forum=forum, poster=newcomer, approved=False)
    client.force_login(newcomer)
    response = client.post(_topic_create(forum), post_form_data("Fourth", "One more."))
    assert response.status_code == 200
    assert "On their first day, new members start at most 3 topics" in response.content.decode()
    assert Topic.objects.filter(poster=newcomer).count() == 3
    assert (
        client.post(_reply(topic_with_posts(forum=forum)), post_form_data("Reply", "Replies are fine.")).status_code
        == 302
    )

    newcomer.date_joined = timezone.now() - datetime.timedelta(days=1, minutes=1)
    newcomer.save(update_fields=["date_joined"])
    _age_posts(newcomer, 60)
    assert client.post(_topic_create(forum), post_form_data("Fourth", "One more.")).status_code == 302


def test_the_first_day_limit_counts_discussions_started_from_knowledge_pages(client, forums, site_tree):
    newcomer = member()
    for _ in range(3):
        TopicFactory(poster=newcomer, approved=False)
    client.force_login(newcomer)
    response = client.post(reverse("forums_discuss", args=[site_tree["practice"].pk]))
    assert response.status_code == 200
    assert "On their first day, new members start at most 3 topics" in response.content.decode()
    assert Topic.objects.filter(poster=newcomer).count() == 3


@pytest.mark.parametrize("groups", [["Partners"], ["Forum moderators"], ["WG1 coordinators"]])
def test_trusted_members_post_again_at_once(client, forums, groups):
    trusted = member(groups=groups)
    forum = site_forum("WG1")
    client.force_login(trusted)
    statuses = [client.post(_topic_create(forum), post_form_data(f"T{n}", "Text")).status_code for n in range(5)]
    assert statuses == [302] * 5
