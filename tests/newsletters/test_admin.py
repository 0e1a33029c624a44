from django.contrib.auth import get_user_model

import pytest

from newsletters.models import Campaign, Delivery
from tests.factories.newsletters import SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, locales):
    user = get_user_model().objects.create_superuser("officer", "officer@example.org", "pw")
    client.force_login(user)
    return user


def test_editor_previews_tests_and_sends_and_sees_the_delivery_counts(client, editor, issue, smtp):
    SubscriberFactory(email="a@example.org")
    SubscriberFactory(email="b@example.org", language="bg")
    SubscriberFactory(email="c@example.org")
    smtp.refuse("c@example.org")
    url = f"/admin/newsletters/issue/{issue.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    preview = client.get(f"/admin/newsletters/issue/{issue.pk}/preview/bg/")
    assert preview.status_code == 200 and "<html" in preview.content.decode()

    client.post(url, {"action": "test", "language": "en"})
    [test] = smtp.to("officer@example.org")
    assert test["Subject"].startswith("[Test]")
    assert not Delivery.objects.exists()

    client.post(url, {"action": "send"})
    campaign = Campaign.objects.get()
    assert campaign.status == Campaign.Status.DONE
    html = client.get(url).content.decode()
    assert 'data-count="sent">2<' in html
    assert 'data-count="failed">1<' in html
    assert 'data-count="remaining">0<' in html
    assert "550" in html
    assert issue.title in client.get("/admin/newsletters/").content.decode()
    # A second send does not send again.
    client.post(url, {"action": "send"})
    assert len(smtp.to("a@example.org")) == 1


def test_the_editor_menu_links_to_the_newsletter_workflow(client, editor, issue):
    content = client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    assert f"/admin/newsletters/issue/{issue.pk}/" in content


def test_scheduling_in_the_past_is_refused_and_the_future_is_accepted(client, editor, issue):
    url = f"/admin/newsletters/issue/{issue.pk}/"
    response = client.post(url, {"action": "schedule", "send_at": "2001-01-01 10:00"})
    assert response.status_code == 200
    assert not Campaign.objects.exists()
    client.post(url, {"action": "schedule", "send_at": "2099-01-01 10:00"})
    assert Campaign.objects.get().status == Campaign.Status.SCHEDULED
    assert not Delivery.objects.exists()


def test_people_without_publish_permission_cannot_send(client, issue, locales):
    user = get_user_model().objects.create_user("reader", "r@example.org", "pw")
    client.force_login(user)
    assert client.post(f"/admin/newsletters/issue/{issue.pk}/", {"action": "send"}).status_code in (302, 403)
    assert not Campaign.objects.exists()


def test_subscriber_list_and_campaign_list_render_for_editors(client, editor, issue):
    SubscriberFactory(email="listed@example.org")
    assert "listed@example.org" in client.get("/admin/newsletter_subscribers/").content.decode()
    assert client.get("/admin/newsletters/").status_code == 200


@pytest.mark.parametrize(
    "data",
    [
        {"action": "schedule", "send_at": "not a date"},
        {"action": "schedule", "send_at": "9999-99-99 99:99"},
        {"action": "schedule"},
        {"action": "<script>"},
        {"action": "test", "language": "xx"},
        {"action": "resume"},
        {"action": "cancel"},
    ],
)
def test_hostile_admin_input_never_sends_or_fails(client, editor, issue, smtp, data):
    response = client.post(f"/admin/newsletters/issue/{issue.pk}/", data)
    assert response.status_code in (200, 302)
    assert not Delivery.objects.exists()


def test_preview_of_an_unknown_language_is_not_found(client, editor, issue):
    response = client.get(f"/admin/newsletters/issue/{issue.pk}/preview/xx/", follow=True)
    assert response.status_code == 404
