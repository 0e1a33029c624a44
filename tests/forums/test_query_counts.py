"""Forum listings cost the same number of queries however many topics and posts they show."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from tests.factories.accounts import member
from tests.factories.forums import PostFactory, site_forum, topic_with_posts

pytestmark = pytest.mark.django_db


def _queries(client, url):
    client.get(url)  # warm caches that are filled once per process (content types, sites)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _grow(forum, topics):
    for _ in range(topics):
        topic_with_posts(forum=forum, replies=2)


@pytest.mark.parametrize("viewer", ["anonymous", "member"])
def test_index_and_forum_pages_use_constant_queries(client, forums, viewer):
    if viewer == "member":
        client.force_login(member())
    wg3 = site_forum("WG3")
    _grow(wg3, 2)
    _grow(site_forum("WG1"), 1)
    forum_url = reverse("forum:forum", args=[wg3.slug, wg3.pk])
    before = (_queries(client, "/en/forum/"), _queries(client, forum_url))
    _grow(wg3, 6)
    _grow(site_forum("WG5"), 3)
    after = (_queries(client, "/en/forum/"), _queries(client, forum_url))
    assert after == before


@pytest.mark.parametrize("viewer", ["anonymous", "member"])
def test_topic_page_uses_constant_queries(client, forums, viewer):
    if viewer == "member":
        client.force_login(member())
    topic = topic_with_posts(replies=2)
    url = reverse("forum_conversation:topic", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk])
    before = _queries(client, url)
    for _ in range(8):
        PostFactory(topic=topic, poster=member())
    after = _queries(client, url)
    assert after == before
