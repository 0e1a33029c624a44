"""Knowledge meets discussion: a "Discuss" link on good practices and deliverables opens their forum topic.

Opening the link never changes anything: a member starts the topic with a POST (CSRF-checked), and the
topic is moderated like any other first post of that member in that forum.
"""

from django.test import Client
from django.urls import reverse

import pytest
from machina.apps.forum_conversation.models import Topic

from forums.models import PageTopic
from tests.factories.accounts import member
from tests.factories.forums import site_forum

pytestmark = pytest.mark.django_db


def test_discuss_creates_the_topic_once_in_the_working_group_forum_and_links_back(client, forums, site_tree):
    practice = site_tree["practice"]
    html = client.get("/en/good-practices/vouchers/").content.decode()
    discuss = reverse("forums_discuss", args=[practice.pk])
    assert f'href="{discuss}"' in html

    response = client.get(discuss)  # a visitor cannot create it: sign in first
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Topic.objects.exists()

    client.force_login(member(groups=["Partners"]))
    response = client.post(discuss)
    topic = PageTopic.objects.get(page=practice).topic
    assert topic.forum == site_forum("WG1")  # the practice's thematic area
    assert topic.approved and topic.subject == "Innovation vouchers"
    assert response["Location"].endswith(f"/topic/{topic.slug}-{topic.pk}/")
    topic_page = client.get(response["Location"]).content.decode()
    assert 'href="/en/good-practices/vouchers/"' in topic_page

    # The same topic from another language's page, and for later visitors.
    bg_practice = practice.get_translation(practice.locale.__class__.objects.get(language_code="bg"))
    client.force_login(member())
    assert client.get(reverse("forums_discuss", args=[bg_practice.pk]))["Location"] == response["Location"]
    assert client.post(reverse("forums_discuss", args=[bg_practice.pk]))["Location"] == response["Location"]
    client.logout()
    assert client.get(discuss)["Location"] == response["Location"]
    assert Topic.objects.count() == 1


def test_opening_the_discuss_link_only_asks_and_creates_nothing(client, forums, site_tree):
    client.force_login(member())
    response = client.get(reverse("forums_discuss", args=[site_tree["practice"].pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'method="post"' in html and "csrfmiddlewaretoken" in html and "Innovation vouchers" in html
    assert not Topic.objects.exists()


def test_starting_a_discussion_without_the_csrf_token_is_refused(forums, site_tree):
    client = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    client.force_login(member())
    assert client.post(reverse("forums_discuss", args=[site_tree["practice"].pk])).status_code == 403
    assert not Topic.objects.exists()


def test_a_new_members_discussion_waits_for_a_moderator_like_any_first_post(client, forums, site_tree):
    newcomer = member()
    client.force_login(newcomer)
    discuss = reverse("forums_discuss", args=[site_tree["practice"].pk])
    client.post(discuss)
    topic = PageTopic.objects.get().topic
    assert not topic.approved and not topic.posts.get().approved
    assert topic.poster == newcomer

    # Others are told it is on its way, but see nothing of it; no second topic is started.
    client.force_login(member())
    response = client.get(discuss)
    assert response.status_code == 200 and "waiting for a moderator" in response.content.decode()
    client.post(discuss)
    client.logout()
    assert client.get(discuss).status_code == 200
    assert Topic.objects.count() == 1

    client.force_login(member(groups=["WG1 coordinators"]))
    assert "Innovation vouchers" in client.get(reverse("forum_moderation:queue")).content.decode()


def test_deliverables_are_discussed_but_restricted_ones_are_not(client, forums, site_tree):
    client.force_login(member(groups=["Partners"]))
    response = client.post(reverse("forums_discuss", args=[site_tree["deliverable"].pk]))
    assert response.status_code == 302
    assert PageTopic.objects.get(page=site_tree["deliverable"]).topic.forum == site_forum("policy-transfer")
    for page in (site_tree["restricted"], site_tree["news"]):
        assert client.get(reverse("forums_discuss", args=[page.pk])).status_code == 404
        assert client.post(reverse("forums_discuss", args=[page.pk])).status_code == 404
