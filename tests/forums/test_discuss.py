"""Knowledge meets discussion: a "Discuss" link on good practices and deliverables opens their forum topic."""

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

    client.force_login(member())
    response = client.get(discuss)
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
    client.logout()
    assert client.get(discuss)["Location"] == response["Location"]
    assert Topic.objects.count() == 1


def test_deliverables_are_discussed_but_restricted_ones_are_not(client, forums, site_tree):
    client.force_login(member())
    response = client.get(reverse("forums_discuss", args=[site_tree["deliverable"].pk]))
    assert response.status_code == 302
    assert PageTopic.objects.get(page=site_tree["deliverable"]).topic.forum == site_forum("policy-transfer")
    assert client.get(reverse("forums_discuss", args=[site_tree["restricted"].pk])).status_code == 404
    assert client.get(reverse("forums_discuss", args=[site_tree["news"].pk])).status_code == 404
