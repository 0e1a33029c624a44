"""The attachment and poll-option formsets of a post form only ever touch the objects of that post.

machina builds these formsets on POST over every attachment and poll option of the site, so a
member submitting `attachment-0-id=<any id>` could re-attach another post's file to their own
post (private forums included) or delete it with `attachment-0-DELETE=on`.
"""

import os

from django.urls import reverse

import pytest
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from machina.apps.forum_conversation.forum_polls.models import TopicPoll, TopicPollOption

from tests.factories.accounts import member
from tests.factories.forums import attachment, post_form_data, site_forum, topic_with_posts

pytestmark = pytest.mark.django_db


def _args(topic):
    return [topic.forum.slug, topic.forum_id, topic.slug, topic.pk]


def _form_urls(own_topic):
    """Every form that carries the attachment formset, as the attacker (author of own_topic) sees it."""
    forum = own_topic.forum
    return {
        "topic_create": reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        "topic_update": reverse("forum_conversation:topic_update", args=_args(own_topic)),
        "post_create": reverse("forum_conversation:post_create", args=_args(own_topic)),
        "post_update": reverse("forum_conversation:post_update", args=[*_args(own_topic), own_topic.first_post.pk]),
    }


@pytest.fixture
def victim_file(forums, request):
    """A file attached to a partner's post, in the public or the private forum."""
    forum = site_forum(request.param)
    topic = topic_with_posts(forum=forum, poster=member(groups=["Partners"]), subject="Budget figures")
    return attachment(topic.first_post, b"Confidential budget lines.", "budget.txt")


@pytest.mark.parametrize("victim_file", ["WG2", "steering"], indirect=True)
@pytest.mark.parametrize("form", ["topic_create", "topic_update", "post_create", "post_update"])
@pytest.mark.parametrize("delete", [False, True], ids=["take-over", "delete"])
def test_a_foreign_attachment_id_in_a_post_form_neither_moves_nor_deletes_the_file(client, victim_file, form, delete):
    attacker = member(groups=["Partners"])  # trusted: their posts are public at once
    own_topic = topic_with_posts(forum=site_forum("WG1"), poster=attacker, subject="My topic")
    path = victim_file.file.path
    data = post_form_data(
        "My topic",
        "Nothing to see.",
        **{
            "attachment-TOTAL_FORMS": 1,
            "attachment-INITIAL_FORMS": 1,
            "attachment-0-id": victim_file.pk,
            "attachment-0-comment": "mine now",  # a changed form is saved, with the post set to the attacker's
        },
    )
    if delete:
        data["attachment-0-DELETE"] = "on"
    client.force_login(attacker)
    client.post(_form_urls(own_topic)[form], data)

    kept = Attachment.objects.get(pk=victim_file.pk)
    assert kept.post_id == victim_file.post_id
    assert os.path.exists(path)
    with open(path, "rb") as stored:
        assert stored.read() == b"Confidential budget lines."


def test_own_attachments_can_still_be_replaced_and_removed_when_editing(client, forums):
    author = member(groups=["Partners"])
    topic = topic_with_posts(forum=site_forum("WG1"), poster=author, subject="Agenda")
    own = attachment(topic.first_post, b"Old agenda.", "agenda.txt")
    client.force_login(author)
    url = _form_urls(topic)["topic_update"]
    data = post_form_data(
        "Agenda",
        "Updated.",
        **{"attachment-TOTAL_FORMS": 1, "attachment-INITIAL_FORMS": 1, "attachment-0-id": own.pk},
    )
    data["attachment-0-DELETE"] = "on"
    assert client.post(url, data).status_code == 302
    assert not Attachment.objects.filter(pk=own.pk).exists()


def _topic_with_poll(forum, poster, question):
    topic = topic_with_posts(forum=forum, poster=poster, subject=question)
    poll = TopicPoll.objects.create(topic=topic, question=question, max_options=1)
    options = [TopicPollOption.objects.create(poll=poll, text=text) for text in ("Yes", "No")]
    return topic, poll, options


@pytest.mark.parametrize("forum_key", ["WG2", "steering"])
@pytest.mark.parametrize("delete", [False, True], ids=["take-over", "delete"])
@pytest.mark.parametrize("form", ["topic_create", "topic_update"])
def test_foreign_poll_option_ids_in_a_topic_form_change_nothing_of_the_other_poll(
    client, forums, forum_key, delete, form
):
    _victim_topic, victim_poll, victim_options = _topic_with_poll(
        site_forum(forum_key), member(groups=["Partners"]), "Approve the budget?"
    )
    attacker = member(groups=["Partners"])
    own_topic = topic_with_posts(forum=site_forum("WG1"), poster=attacker, subject="My poll")
    data = post_form_data(
        "My poll",
        "Vote.",
        poll_question="Mine?",
        poll_max_options=1,
        **{
            "poll-TOTAL_FORMS": 2,
            "poll-INITIAL_FORMS": 2,
            "poll-0-id": victim_options[0].pk,
            "poll-0-text": "Hijacked",
            "poll-1-id": victim_options[1].pk,
            "poll-1-text": "Hijacked too",
        },
    )
    if delete:
        data.update({"poll-0-DELETE": "on", "poll-1-DELETE": "on"})
    client.force_login(attacker)
    client.post(_form_urls(own_topic)[form], data)

    options = list(TopicPollOption.objects.filter(pk__in=[o.pk for o in victim_options]).order_by("pk"))
    assert [(o.poll_id, o.text) for o in options] == [(victim_poll.pk, "Yes"), (victim_poll.pk, "No")]
