"""machina's own flows on our Django version: editing with a reason, quoting, polls, locking."""

from django.urls import reverse

import pytest
from machina.apps.forum_conversation.forum_polls.models import TopicPoll, TopicPollVote
from machina.apps.forum_conversation.models import Post, Topic

from tests.factories.accounts import member
from tests.factories.forums import PostFactory, attachment, post_form_data, site_forum, topic_with_posts

pytestmark = pytest.mark.django_db


def _args(topic):
    return [topic.forum.slug, topic.forum_id, topic.slug, topic.pk]


def test_members_edit_their_own_posts_with_a_reason_but_not_others(client, forums):
    author = member(groups=["Partners"])
    topic = topic_with_posts(poster=author, replies=1)
    own, other = topic.posts.order_by("created")
    client.force_login(author)
    url = reverse("forum_conversation:topic_update", args=_args(topic))
    response = client.post(url, post_form_data(topic.subject, "Corrected text.", update_reason="Typo"))
    assert response.status_code == 302
    own.refresh_from_db()
    assert str(own.content.raw) == "Corrected text." and own.update_reason == "Typo" and own.updates_count == 1
    other_url = reverse("forum_conversation:post_update", args=[*_args(topic), other.pk])
    assert client.get(other_url).status_code == 403

    # Readers see the earlier version in the post's edit history.
    client.logout()
    assert (
        reverse("forums_post_history", args=[own.pk])
        in client.get(reverse("forum_conversation:topic", args=_args(topic))).content.decode()
    )
    history = client.get(reverse("forums_post_history", args=[own.pk])).content.decode()
    assert "Corrected text." in history and own.revisions.get().content in history


def test_a_post_with_an_attachment_opens_for_editing_with_its_file_linked_to_the_checked_view(client, forums):
    author = member(groups=["Partners"])
    topic = topic_with_posts(poster=author, replies=0)
    post = topic.posts.get()
    file = attachment(post, name="agenda.txt")
    client.force_login(author)
    response = client.get(reverse("forum_conversation:topic_update", args=_args(topic)))
    assert response.status_code == 200
    page = response.content.decode()
    assert f'href="{reverse("forum_conversation:attachment", args=[file.pk])}"' in page
    assert "agenda" in page and "/media/" not in page


def test_reply_form_quotes_the_chosen_post(client, forums):
    topic = topic_with_posts()
    quoted = PostFactory(topic=topic, content="Vouchers worked.\nTwo rounds a year.", poster=member(display_name="Ana"))
    client.force_login(member())
    url = reverse("forum_conversation:post_create", args=_args(topic)) + f"?quote={quoted.pk}"
    html = client.get(url).content.decode()
    assert "**Ana:**\n&gt; Vouchers worked.\n&gt; Two rounds a year." in html
    other_topic = topic_with_posts()
    foreign = reverse("forum_conversation:post_create", args=_args(topic)) + f"?quote={other_topic.first_post.pk}"
    assert str(other_topic.first_post.content.raw) not in client.get(foreign).content.decode()


def test_members_create_polls_and_vote(client, forums):
    client.force_login(member(groups=["Partners"]))
    forum = site_forum("WG5")
    data = post_form_data(
        "Which instrument?",
        "Vote please.",
        poll_question="Best instrument?",
        poll_max_options=1,
        **{"poll-TOTAL_FORMS": 2, "poll-0-text": "Vouchers", "poll-1-text": "Grants"},
    )
    response = client.post(reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]), data)
    assert response.status_code == 302
    poll = TopicPoll.objects.get(question="Best instrument?")
    option = poll.options.get(text="Vouchers")
    voter = member()
    client.force_login(voter)
    response = client.post(reverse("forum_conversation:topic_poll_vote", args=[poll.pk]), {"options": option.pk})
    assert response.status_code == 302
    assert TopicPollVote.objects.filter(voter=voter, poll_option=option).exists()


def test_anonymous_visitors_read_a_topic_with_a_poll_without_getting_a_session(client, forums):
    topic = topic_with_posts(forum=site_forum("WG5"))
    poll = TopicPoll.objects.create(topic=topic, question="Best instrument?", max_options=1)
    poll.options.create(text="Vouchers")
    response = client.get(reverse("forum_conversation:topic", args=_args(topic)))
    assert response.status_code == 200
    assert "Best instrument?" in response.content.decode()
    assert not response.cookies
    vote = client.post(
        reverse("forum_conversation:topic_poll_vote", args=[poll.pk]), {"options": poll.options.get().pk}
    )
    assert vote.status_code in (302, 403) and not TopicPollVote.objects.exists()


def test_moderators_lock_topics_and_members_cannot_reply_then(client, forums):
    topic = topic_with_posts(forum=site_forum("WG2"))
    client.force_login(member(groups=["Forum moderators"]))
    response = client.post(reverse("forum_moderation:topic_lock", kwargs={"slug": topic.slug, "pk": topic.pk}))
    assert response.status_code == 302
    assert Topic.objects.get(pk=topic.pk).is_locked
    client.force_login(member())
    response = client.post(reverse("forum_conversation:post_create", args=_args(topic)), post_form_data("Re", "Hi"))
    assert response.status_code == 403
    assert Post.objects.filter(topic=topic).count() == 1
