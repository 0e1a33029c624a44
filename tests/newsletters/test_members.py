import json

import pytest

from newsletters.models import ConsentRecord, Subscriber
from tests.factories.accounts import ProfileFactory, UserFactory, member

pytestmark = pytest.mark.django_db

URL = "/en/newsletter/member/"


def test_a_verified_member_subscribes_from_the_profile_without_a_confirmation_email(client, smtp, areas):
    user = member(language="sk")
    client.force_login(user)
    assert 'href="/en/newsletter/member/"' in client.get("/en/accounts/profile/").content.decode()
    form = client.get(URL).content.decode()
    assert 'value="sk" selected' in form
    response = client.post(URL, {"subscribed": "on", "language": "sk", "topics": ["WG4"]})
    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert (subscriber.user, subscriber.status, subscriber.language) == (user, "confirmed", "sk")
    assert subscriber.consents.get().source == "profile"
    assert smtp.messages == []


def test_a_member_with_an_unverified_address_gets_the_confirmation_email(client, smtp, areas):
    user = UserFactory(verified=False)
    ProfileFactory(user=user, preferred_language="de")
    client.force_login(user)
    client.post(URL, {"subscribed": "on", "language": "de"})
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert len(smtp.to(user.email)) == 1


def test_a_member_unsubscribes_from_the_profile(client, areas):
    user = member()
    client.force_login(user)
    client.post(URL, {"subscribed": "on", "language": "en"})
    client.post(URL, {"language": "en"})
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.consents.last().action == ConsentRecord.Action.UNSUBSCRIBED


def test_the_subscription_is_in_the_personal_data_export_and_erased_with_the_account(client, areas):
    user = member()
    client.force_login(user)
    client.post(URL, {"subscribed": "on", "language": "en", "topics": ["WG1"]})
    data = json.loads(client.get("/en/accounts/data/").content)
    assert data["newsletter"]["status"] == "confirmed"
    assert data["newsletter"]["topics"] == ["WG1"]
    from accounts.services import account_delete

    account_delete(user)
    assert not Subscriber.objects.exists()


def test_hostile_input_on_the_member_form(client, areas):
    client.force_login(member(language="ro"))
    response = client.post("/ro/newsletter/member/", {"subscribed": "on", "language": "??", "topics": ["x"]})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Subscriber.objects.exists()


def test_the_member_page_needs_a_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
