"""Forum content: topics and posts in the forums that `load_forum_structure` creates."""

from django.core.files.base import ContentFile

import factory
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from machina.apps.forum_conversation.models import Post, Topic

from forums.models import SiteForum
from tests.factories.accounts import UserFactory


def site_forum(key):
    return SiteForum.objects.select_related("forum").get(key=key).forum


class TopicFactory(factory.django.DjangoModelFactory):
    forum = factory.LazyFunction(lambda: site_forum("WG3"))
    poster = factory.SubFactory(UserFactory)
    subject = factory.Faker("sentence", nb_words=5)
    type = Topic.TOPIC_POST
    status = Topic.TOPIC_UNLOCKED
    approved = True

    class Meta:
        model = Topic


class PostFactory(factory.django.DjangoModelFactory):
    topic = factory.SubFactory(TopicFactory)
    poster = factory.LazyAttribute(lambda post: post.topic.poster)
    subject = factory.LazyAttribute(lambda post: post.topic.subject)
    content = factory.Faker("paragraph")
    approved = True

    class Meta:
        model = Post


def topic_with_posts(forum=None, replies=0, **kwargs):
    """A topic with its first post and `replies` replies by other members."""
    topic = TopicFactory(**({"forum": forum} if forum else {}), **kwargs)
    PostFactory(topic=topic)
    for _ in range(replies):
        PostFactory(topic=topic, poster=UserFactory())
    topic.refresh_from_db()
    return topic


def post_form_data(subject="", content="", **extra):
    """What machina's topic and post forms send, with their (empty) attachment and poll formsets."""
    return {
        "subject": subject,
        "content": content,
        "topic_type": 0,
        "attachment-TOTAL_FORMS": 0,
        "attachment-INITIAL_FORMS": 0,
        "poll-TOTAL_FORMS": 0,
        "poll-INITIAL_FORMS": 0,
        "poll_question": "",
        "poll_max_options": 1,
        **extra,
    }


def attachment(post, content=b"Minutes of the meeting.", name="minutes.txt"):
    """A file attached to a post, stored on disk like an uploaded one."""
    return Attachment.objects.create(post=post, file=ContentFile(content, name=name), comment="")
