"""Forum URLs a visitor can type never answer with a server error, and a private forum answers
exactly like a missing one, without a redirect that names it."""

from types import SimpleNamespace
from urllib.parse import unquote

from django.urls import get_resolver, reverse

import pytest

from tests.factories.accounts import member
from tests.factories.forums import attachment, site_forum, topic_with_posts

pytestmark = pytest.mark.django_db

MISSING_ID = 987654


@pytest.mark.parametrize("who", ["anonymous", "member"])
@pytest.mark.parametrize("pk", ["abc", "1e3", "-1", "%00", "9" * 30, str(MISSING_ID)])
@pytest.mark.parametrize("page", ["profile/{}/", "profile/{}/posts/"])
def test_member_pages_with_a_bad_or_missing_id_answer_404(client, forums, who, pk, page):
    if who == "member":
        client.force_login(member())
    assert client.get("/en/forum/member/" + page.format(pk)).status_code == 404


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("route", ["forum_tracking:mark_topics_read", "forum_tracking:mark_subforums_read"])
def test_marking_a_private_forum_read_answers_like_a_missing_forum_and_names_nothing(client, forums, method, route):
    steering = site_forum("steering")
    client.force_login(member())
    private = getattr(client, method)(reverse(route, args=[steering.pk]))
    missing = getattr(client, method)(reverse(route, args=[MISSING_ID]))
    assert private.status_code == missing.status_code == 404
    for response in (private, missing):
        assert steering.slug not in response.get("Location", "")
        assert steering.slug not in response.content.decode() and "Steering" not in response.content.decode()


@pytest.mark.parametrize("route", ["forum_tracking:mark_topics_read", "forum_tracking:mark_subforums_read"])
def test_partners_still_mark_the_private_forum_read(client, forums, route):
    steering = site_forum("steering")
    client.force_login(member(groups=["Partners"]))
    response = client.post(reverse(route, args=[steering.pk]))
    assert response.status_code == 302 and response["Location"].endswith(f"/{steering.slug}-{steering.pk}/")


def _private_forum_urls(forum, topic, post, attachment_pk, partner):
    """Every forum route with an argument, filled with the private forum's own objects."""
    f, t = forum, topic
    arguments = {
        "forum:forum": [f.slug, f.pk],
        "forum_conversation:topic": [f.slug, f.pk, t.slug, t.pk],
        "forum_conversation:topic_update": [f.slug, f.pk, t.slug, t.pk],
        "forum_conversation:topic_create": [f.slug, f.pk],
        "forum_conversation:post_create": [f.slug, f.pk, t.slug, t.pk],
        "forum_conversation:post_update": [f.slug, f.pk, t.slug, t.pk, post.pk],
        "forum_conversation:post_delete": [f.slug, f.pk, t.slug, t.pk, post.pk],
        "forum_conversation:topic_poll_vote": [t.pk],
        "forum_conversation:attachment": [attachment_pk],
        "forum_member:profile": [partner.pk],
        "forum_member:user_posts": [partner.pk],
        "forum_member:topic_subscribe": [t.pk],
        "forum_member:topic_unsubscribe": [t.pk],
        "forum_tracking:mark_subforums_read": [f.pk],
        "forum_tracking:mark_topics_read": [f.pk],
        "forum_moderation:queued_post": [post.pk],
        "forum_moderation:approve_queued_post": [post.pk],
        "forum_moderation:disapprove_queued_post": [post.pk],
        "forums_follow": [f.pk],
        "forums_report_post": [post.pk],
        "forums_post_history": [post.pk],
    }
    for name in [
        "topic_lock",
        "topic_unlock",
        "topic_delete",
        "topic_move",
        "topic_update_to_post",
        "topic_update_to_sticky",
        "topic_update_to_announce",
    ]:
        arguments["forum_moderation:" + name] = [t.slug, t.pk]
    without_arguments = [
        "forum:index",
        "forum_member:user_subscriptions",
        "forum_moderation:queue",
        "forum_tracking:unread_topics",
        "forums_post_reports",
    ]
    return arguments, without_arguments


def _forum_routes_with_arguments():
    """The names of the routes under /en/forum/ that take arguments, as the resolver knows them."""
    found = set()

    def walk(resolver, prefix, namespace):
        for pattern in resolver.url_patterns:
            path = prefix + str(pattern.pattern)
            if hasattr(pattern, "url_patterns"):
                inner = ":".join(filter(None, [namespace, pattern.namespace])) if pattern.namespace else namespace
                walk(pattern, path, inner)
            elif path.startswith("en/forum/") and "<" in path and pattern.name:
                found.add(":".join(filter(None, [namespace, pattern.name])))

    walk(get_resolver(), "", "")
    return found


@pytest.mark.parametrize("who", ["anonymous", "member", "moderator"])
def test_no_forum_url_names_the_private_forum_or_its_topics_to_outsiders(client, forums, who):
    """The class behind a redirect that named the Steering Committee: every forum route, filled with
    the private forum's objects, GET and POST, answers without its name, slug or topic in the body or
    in a redirect. Routes added later must be listed here to pass."""
    steering = site_forum("steering")
    partner = member(groups=["Partners"])
    topic = topic_with_posts(forum=steering, poster=partner, subject="Budget reallocation", replies=0)
    post = topic.posts.get()
    file = attachment(post)
    arguments, without_arguments = _private_forum_urls(steering, topic, post, file.pk, partner)
    assert _forum_routes_with_arguments() - {"forums_discuss", "forums_unsubscribe"} == set(arguments)
    if who == "member":
        client.force_login(member())
    elif who == "moderator":
        client.force_login(member(groups=["Forum moderators"]))
    # With a wrong slug too: a view that redirected to the right one would spell it out.
    guessed = _private_forum_urls(
        SimpleNamespace(slug="x", pk=steering.pk), SimpleNamespace(slug="x", pk=topic.pk), post, file.pk, partner
    )[0]
    urls = [reverse(name, args=args) for name, args in [*arguments.items(), *guessed.items()]]
    urls += [reverse(name) for name in without_arguments]
    secrets = ["Budget reallocation", "Steering", steering.slug, topic.slug]
    leaks = []
    for url in urls:
        for method in (client.get, client.post):
            response = method(url)
            # A login redirect, or a login link on the page, carries the visitor's own URL back (?next=):
            # that names nothing they did not type.
            shown = unquote(response.get("Location", "") + " " + b"".join(response).decode(errors="replace"))
            shown = shown.replace(url.split("/", 2)[2], "")  # in any language (the page's alternates)
            leaks += [f"{method.__name__.upper()} {url} ({response.status_code}): {s}" for s in secrets if s in shown]
    assert not leaks, "\n".join(leaks)
    # The same walk shows the partner what is theirs: the check above can see a name where there is one.
    client.force_login(partner)
    assert (
        "Budget reallocation"
        in client.get(reverse("forum_conversation:topic", args=arguments["forum_conversation:topic"])).content.decode()
    )
