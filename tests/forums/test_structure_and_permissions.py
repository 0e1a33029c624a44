"""The forum structure, who may read and post where, and that private forums never leak."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest
from machina.apps.forum.models import Forum
from machina.apps.forum_permission.models import GroupForumPermission, UserForumPermission

from forums.structure import load_forum_structure
from tests.factories.accounts import member
from tests.factories.forums import PostFactory, post_form_data, site_forum, topic_with_posts

pytestmark = pytest.mark.django_db


def _topic_url(topic):
    return reverse("forum_conversation:topic", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk])


def test_structure_has_working_group_forums_and_a_private_steering_committee_and_loads_once(forums):
    names = list(Forum.objects.order_by("tree_id", "lft").values_list("name", flat=True))
    assert names[0] == "Mutual learning"
    assert [n for n in names if n.startswith("WG")] == [
        "WG1 – Innovation and R&D-driven cluster development",
        "WG2 – Sustainability through cluster development",
        "WG3 – International cluster cooperation and networking",
        "WG4 – Improving the financial framework (cluster financing)",
        "WG5 – Cluster and regional specialisation",
        "WG6 – New skills and job creation",
    ]
    assert {"Pilot initiatives", "Policy transfer", "General help", "Steering Committee"} <= set(names)
    counts = (Forum.objects.count(), UserForumPermission.objects.count(), GroupForumPermission.objects.count())
    assert load_forum_structure() == 0
    assert (Forum.objects.count(), UserForumPermission.objects.count(), GroupForumPermission.objects.count()) == counts


def test_forum_pages_live_under_each_language_prefix_in_the_site_layout(client, forums):
    topic = topic_with_posts(replies=1)
    for language in ["en", "bg", "sr"]:
        response = client.get(f"/{language}/forum/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{language}"' in html and 'class="site-header"' in html
        assert "machina.board_theme" not in html and "<script>" not in html
    assert client.get(_topic_url(topic).replace("/en/", "/de/")).status_code == 200


def test_anonymous_visitors_read_public_forums_but_cannot_post(client, forums):
    topic = topic_with_posts(replies=2)
    response = client.get(_topic_url(topic))
    assert response.status_code == 200
    forum = topic.forum
    create = reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk])
    response = client.get(create)
    assert response.status_code in (302, 403)


def test_a_member_can_start_a_topic_which_waits_for_approval(client, forums):
    user = member()
    client.force_login(user)
    forum = site_forum("WG2")
    response = client.post(
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        post_form_data("Green clusters", "How do you **measure** it?"),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    post = user.posts.get()
    assert not post.approved and not post.topic.approved
    assert "<strong>measure</strong>" in post.content.rendered


PRIVATE_URL_NAMES = ["forum_conversation:topic", "forum_conversation:post_create"]


@pytest.mark.parametrize("who", ["anonymous", "member", "moderator"])
def test_only_partners_can_reach_private_forum_content_by_any_url(client, forums, who):
    steering = site_forum("steering")
    partner = member(groups=["Partners"])
    topic = topic_with_posts(forum=steering, poster=partner, subject="Budget reallocation", replies=0)
    post = topic.posts.get()
    if who == "member":
        client.force_login(member())
    elif who == "moderator":
        client.force_login(member(groups=["Forum moderators"]))
    f, t = steering, topic
    urls = [
        reverse("forum:forum", args=[f.slug, f.pk]),
        reverse("forum_conversation:topic", args=[f.slug, f.pk, t.slug, t.pk]),
        reverse("forum_conversation:topic_create", args=[f.slug, f.pk]),
        reverse("forum_conversation:post_create", args=[f.slug, f.pk, t.slug, t.pk]),
        reverse("forum_conversation:post_update", args=[f.slug, f.pk, t.slug, t.pk, post.pk]),
        reverse("forum_conversation:topic_update", args=[f.slug, f.pk, t.slug, t.pk]),
        reverse("forum_conversation:post_create", args=[f.slug, f.pk, t.slug, t.pk]) + f"?quote={post.pk}",
        reverse("forum_member:topic_subscribe", args=[t.pk]),
        reverse("forum_moderation:topic_lock", kwargs={"slug": t.slug, "pk": t.pk}),
        reverse("forum_moderation:topic_move", kwargs={"slug": t.slug, "pk": t.pk}),
        reverse("forum_moderation:queued_post", args=[post.pk]),
        reverse("forum_moderation:approve_queued_post", args=[post.pk]),
    ]
    for url in urls:
        response = client.get(url)
        body = response.content.decode()
        assert response.status_code in (302, 403, 404), url
        assert "Budget reallocation" not in body, url
    for url in [
        "/en/forum/",
        reverse("forum_tracking:unread_topics"),
        reverse("forum_member:user_posts", args=[partner.pk]),
        reverse("forum_member:profile", args=[partner.pk]),
    ]:
        response = client.get(url)
        assert "Budget reallocation" not in response.content.decode(), url
        assert "Steering Committee" not in response.content.decode(), url

    client.force_login(partner)
    assert client.get(urls[1]).status_code == 200
    assert "Steering Committee" in client.get("/en/forum/").content.decode()


def test_partners_post_without_approval_and_moderators_see_the_queue(client, forums):
    partner = member(groups=["Partners"])
    forum = site_forum("WG1")
    client.force_login(partner)
    client.post(
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        post_form_data("Vouchers", "Our results."),
    )
    assert partner.posts.get().approved
    newcomer = member()
    PostFactory(topic__forum=forum, topic__poster=newcomer, topic__approved=False, approved=False, subject="Newbie")
    client.force_login(member(groups=["Forum moderators"]))
    response = client.get(reverse("forum_moderation:queue"))
    assert response.status_code == 200
    assert "Newbie" in response.content.decode()
    Group.objects.get(name="Forum moderators")


def test_public_pages_send_a_content_security_policy_without_inline_scripts(client, forums):
    for url in ["/en/", "/en/forum/", "/en/accounts/login/"]:
        policy = client.get(url)["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
        assert directives["script-src"] == "'self'"
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert directives["object-src"] == "'none'"
