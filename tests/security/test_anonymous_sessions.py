"""Anonymous visitors get no session and no cookie: each public page is the same for everyone (and cacheable)."""

from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

import pytest

from tests.factories.forums import site_forum, topic_with_posts

pytestmark = pytest.mark.django_db


def public_paths(site_tree):
    topic = topic_with_posts(replies=1)
    forum = topic.forum
    return [
        "/en/",
        site_tree["news_index"].url,
        site_tree["news"].url,
        site_tree["event_index"].url,
        site_tree["event"].url,
        site_tree["event"].url + "ics/",
        site_tree["deliverable_index"].url,
        site_tree["deliverable"].url,
        site_tree["restricted"].url,
        site_tree["practice_index"].url,
        site_tree["practice"].url,
        site_tree["partner_index"].url,
        site_tree["news_index"].url + "feed/rss/",
        site_tree["news_index"].url + "feed/atom/",
        site_tree["event_index"].url + "calendar/",
        "/bg/",
        reverse("forum:index"),
        reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk}),
        reverse(
            "forum_conversation:topic",
            kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk, "slug": topic.slug, "pk": topic.pk},
        ),
        "/en/search/?q=cluster",
        "/en/newsletter/subscribe/",
        "/robots.txt",
        "/sitemap.xml",
        "/en/no-such-page/",
    ]


def test_anonymous_visitors_of_every_public_page_get_no_session_and_no_cookie(client, site_tree, forums):
    paths = public_paths(site_tree)
    before = Session.objects.count()
    offenders = {}
    for path in paths:
        for _visit in range(2):
            response = client.get(path)
            assert response.status_code in (200, 302, 404), (path, response.status_code)
            if response.cookies:
                offenders[path] = sorted(response.cookies)
    assert offenders == {}
    assert Session.objects.count() == before
    assert not client.cookies


def test_twenty_visitors_of_robots_txt_store_no_session():
    for _ in range(20):
        assert not Client(HTTP_HOST="localhost").get("/robots.txt").cookies
    assert Session.objects.count() == 0


def test_a_member_keeps_the_session_and_machinas_permission_checks(client, forums):
    from tests.factories.accounts import member

    private = site_forum("steering")
    client.force_login(member())
    response = client.get(reverse("forum:forum", kwargs={"slug": private.slug, "pk": private.pk}))
    assert response.status_code == 403
    assert Session.objects.count() == 1


@pytest.mark.parametrize(
    ("method", "path", "gets_a_key"),
    [("get", "/en/forum/", False), ("post", "/en/newsletter/subscribe/", False), ("post", "/en/forum/", True)],
)
def test_an_anonymous_visitor_gets_a_forum_key_only_when_sending_something_to_the_forum(rf, method, path, gets_a_key):
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.http import HttpResponse
    from django.urls import resolve

    from forums.middleware import LazyForumKeyMiddleware

    request = getattr(rf, method)(path)
    request.resolver_match = resolve(path)
    for middleware in (SessionMiddleware, AuthenticationMiddleware, LazyForumKeyMiddleware):
        middleware(lambda request: HttpResponse()).process_request(request)
    LazyForumKeyMiddleware(lambda request: HttpResponse()).process_view(request, None, (), {})
    # What anonymous posting and poll voting identify the visitor by; reading pages needs none.
    assert (request.user.forum_key is not None) == gets_a_key
    assert request.session.modified == gets_a_key
    if gets_a_key:
        assert len(request.user.forum_key) == 32
        assert request.session["_anonymous_forum_key"] == request.user.forum_key
