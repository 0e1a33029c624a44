"""Forum pages on a busy forum: rendering time and queries of the index, a forum and a topic page,
and the time to notify a topic's followers of a reply.

Builds 600 topics with 5 posts each across the working-group forums, then requests each page
repeatedly as a visitor and as a member; mail goes to Django's in-memory backend.
"""

import statistics
import time

from django.core import mail
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Page, Site

from machina.apps.forum_conversation.models import Post, Topic

from forums.notifications import notify_new_post
from forums.structure import load_forum_structure
from tests.factories.accounts import member
from tests.factories.forums import site_forum
from tests.factories.knowledge import HomePageFactory

TOPICS = 600
POSTS_PER_TOPIC = 5
FOLLOWERS = 200
REQUESTS_PER_PAGE = 20


def build():
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Bench")
    load_forum_structure()
    members = [member(language=code) for code in ["en", "bg", "de", "hu", "sr"] * 4]
    forums = [site_forum(f"WG{n}") for n in range(1, 7)]
    topics = []
    for n in range(TOPICS):
        topic = Topic.objects.create(
            forum=forums[n % 6],
            poster=members[n % len(members)],
            subject=f"Topic {n}",
            type=Topic.TOPIC_POST,
            status=Topic.TOPIC_UNLOCKED,
        )
        for k in range(POSTS_PER_TOPIC):
            Post.objects.create(
                topic=topic, poster=members[(n + k) % len(members)], subject=f"Re: Topic {n}", content="Text " * 50
            )
        topics.append(topic)
    return forums[2], topics[2], members


def measure(report, client, label, url):
    client.get(url)
    timings = []
    for _ in range(REQUESTS_PER_PAGE):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    report(f"{label}: median", statistics.median(timings), "ms")
    report(f"{label}: queries", len(queries))


def run(report):
    forum, topic, members = build()
    topic = Topic.objects.get(pk=topic.pk)
    pages = {
        "forum index": "/en/forum/",
        "WG3 forum (100 topics)": reverse("forum:forum", args=[forum.slug, forum.pk]),
        "topic (5 posts)": reverse("forum_conversation:topic", args=[forum.slug, forum.pk, topic.slug, topic.pk]),
    }
    visitor = Client(HTTP_HOST="localhost")
    signed_in = Client(HTTP_HOST="localhost")
    signed_in.force_login(members[0])
    for label, url in pages.items():
        measure(report, visitor, f"visitor, {label}", url)
        measure(report, signed_in, f"member, {label}", url)

    followers = [member(language=code) for code in ["en", "bg", "de", "el", "sk"] * (FOLLOWERS // 5)]
    topic.subscribers.add(*followers)
    reply = Post.objects.create(topic=topic, poster=members[1], subject="Re", content="A reply")
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        mail.outbox = []
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            sent = notify_new_post(reply.pk)
            elapsed = time.perf_counter() - started
    report(f"notify {FOLLOWERS} followers: e-mails", sent)
    report(f"notify {FOLLOWERS} followers: time", elapsed * 1000, "ms")
    report(f"notify {FOLLOWERS} followers: queries", len(queries))
