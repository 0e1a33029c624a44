"""Viewing a topic writes nothing: views are counted in the cache and flushed to the database in batches."""

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from tests.factories.forums import topic_with_posts

pytestmark = pytest.mark.django_db


def test_viewing_a_topic_writes_nothing_and_the_flush_adds_the_views(client, forums):
    topic = topic_with_posts(replies=1)
    url = reverse("forum_conversation:topic", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk])
    client.get(url)  # the first request of a new site creates its (empty) settings row
    with CaptureQueriesContext(connection) as captured:
        for _ in range(3):
            assert client.get(url).status_code == 200
    assert not [q["sql"] for q in captured.captured_queries if q["sql"].startswith(("INSERT", "UPDATE", "DELETE"))]
    topic.refresh_from_db()
    assert topic.views_count == 0

    call_command("flush_topic_views")
    topic.refresh_from_db()
    assert topic.views_count == 4

    call_command("flush_topic_views")  # counted views are written once
    topic.refresh_from_db()
    assert topic.views_count == 4
