import re
import time

from django.core import signing

import pytest

from newsletters.models import ConsentRecord, Subscriber
from tests.newsletter_issues import links

pytestmark = pytest.mark.django_db

BULGARIAN_CONSENT = (
    "Искам да получавам бюлетина на ClusterPoliSEE по имейл на избрания от мен език и по избраните теми. "
    "Мога да променя избора си или да се отпиша по всяко време чрез връзка във всеки имейл."
)


def subscribe(client, lang="en", **data):
    form = {"email": "maria@example.org", "name": "Maria", "language": lang, "website": ""}
    form.update(data)
    return client.post(f"/{lang}/newsletter/subscribe/", form)


def confirm_link(message):
    return next(url for url in links(message) if "/confirm/" in url)


def test_double_opt_in_confirms_only_through_the_signed_link_in_the_chosen_language(client, smtp, areas):
    response = subscribe(client, lang="bg", topics=["WG4"])
    assert response.status_code == 302
    subscriber = Subscriber.objects.get(email="maria@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    assert [t.code for t in subscriber.topics.all()] == ["WG4"]
    [message] = smtp.to("maria@example.org")
    assert message["Content-Language"] == "bg"
    assert "Моля" in message.get_body(preferencelist=("plain",)).get_content()
    url = confirm_link(message)
    assert url.startswith("http://localhost/bg/newsletter/confirm/")
    path = url.removeprefix("http://localhost")
    # Opening the link (as a mail scanner would) does not confirm; the button does.
    assert client.get(path).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    assert client.post(path).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    actions = list(subscriber.consents.values_list("action", "language"))
    assert actions == [(ConsentRecord.Action.REQUESTED, "bg"), (ConsentRecord.Action.CONFIRMED, "bg")]
    # What the Bulgarian form showed beside its button, word for word.
    assert [consent.wording for consent in subscriber.consents.all()] == [BULGARIAN_CONSENT, BULGARIAN_CONSENT]
    consent = subscriber.consents.first()
    assert consent.ip_hash and "127.0.0.1" not in consent.ip_hash


def test_a_tampered_or_expired_confirmation_link_does_not_confirm(client, smtp, settings):
    subscribe(client)
    url = confirm_link(smtp.to("maria@example.org")[0]).removeprefix("http://localhost")
    assert client.post(url[:-3] + "xyz/").status_code == 400
    settings.NEWSLETTER_CONFIRMATION_MAX_AGE = -1
    response = client.post(url)
    assert response.status_code == 400
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


@pytest.mark.parametrize(("hours_old", "confirms"), [(47, True), (49, False)])
def test_a_confirmation_link_is_valid_for_48_hours(client, smtp, monkeypatch, hours_old, confirms):
    sent_at = int(time.time() - hours_old * 3600)
    with monkeypatch.context() as past:
        past.setattr(signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(sent_at))
        subscribe(client)
    url = confirm_link(smtp.to("maria@example.org")[0]).removeprefix("http://localhost")
    assert client.post(url).status_code == (200 if confirms else 400)
    expected = Subscriber.Status.CONFIRMED if confirms else Subscriber.Status.PENDING
    assert Subscriber.objects.get().status == expected


def test_the_answer_is_the_same_whether_or_not_the_address_is_subscribed(client, smtp):
    first = subscribe(client)
    Subscriber.objects.update(status=Subscriber.Status.CONFIRMED)
    second = subscribe(client, email="MARIA@example.org")
    new = subscribe(client, email="other@example.org")
    assert first.status_code == second.status_code == new.status_code == 302
    assert first["Location"] == second["Location"] == new["Location"]
    assert len(smtp.to("maria@example.org")) == 1


def test_one_pending_confirmation_per_address_per_period(client, smtp):
    for _ in range(5):
        subscribe(client, email="victim@example.org")
    assert len(smtp.to("victim@example.org")) == 1
    assert Subscriber.objects.count() == 1


def test_honeypot_answers_like_success_and_stores_nothing(client, smtp):
    response = subscribe(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists()
    assert smtp.messages == []


def test_signups_per_ip_are_limited_with_a_message_in_the_visitors_language(client, smtp, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 2
    for n in range(2):
        assert subscribe(client, lang="de", email=f"p{n}@example.org").status_code == 302
    response = subscribe(client, lang="de", email="p9@example.org")
    assert response.status_code == 429
    assert "Zu viele" in response.content.decode()
    assert not Subscriber.objects.filter(email="p9@example.org").exists()


@pytest.mark.parametrize(
    "data",
    [
        {"email": "not-an-address"},
        {"email": ""},
        {"email": "a@b.c" * 100},
        {"email": "x@example.org\r\nBcc: victim@example.org"},
        {"name": "<script>alert(1)</script>"},
        {"name": "Visit http://spam.example"},
        {"language": "xx"},
        {"topics": ["WG99"]},
        {"topics": ["'; DROP TABLE newsletters_subscriber; --"]},
        {"email": "\x00@example.org"},
    ],
)
def test_hostile_signup_input_is_refused_with_a_message_in_the_visitors_language(client, smtp, areas, data):
    response = subscribe(client, lang="it", **data)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Subscriber.objects.exists()
    assert smtp.messages == []


def test_hostile_input_on_preferences_and_unknown_links(client, areas):
    from newsletters.links import subscriber_signature
    from tests.factories.newsletters import SubscriberFactory

    subscriber = SubscriberFactory(language="hu")
    url = f"/hu/newsletter/preferences/{subscriber_signature(subscriber)}/"
    response = client.post(url, {"language": "zz", "topics": ["<b>"]})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    for path in [
        "/hu/newsletter/preferences/forged:sig/",
        "/hu/newsletter/unsubscribe/%00/",
        "/hu/newsletter/confirm/x/",
    ]:
        assert client.get(path).status_code in (200, 404)
        assert client.post(path).status_code in (400, 404)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_preferences_page_changes_language_and_topics_without_login(client, areas):
    from newsletters.links import subscriber_signature
    from tests.factories.newsletters import SubscriberFactory

    subscriber = SubscriberFactory(language="en")
    url = f"/en/newsletter/preferences/{subscriber_signature(subscriber)}/"
    assert subscriber.email in client.get(url).content.decode()
    response = client.post(url, {"language": "sr", "topics": ["WG1", "WG4"]})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.language == "sr"
    assert not subscriber.all_topics
    assert sorted(t.code for t in subscriber.topics.all()) == ["WG1", "WG4"]
    assert subscriber.consents.get().action == ConsentRecord.Action.CHANGED


def test_footer_of_every_page_carries_the_signup_form(client, site_tree):
    html = client.get("/en/").content.decode()
    assert re.search(r'<form method="post" action="/en/newsletter/subscribe/"', html)


def unsubscribe_one_click(client, subscriber):
    from newsletters.links import subscriber_signature

    url = f"/en/newsletter/unsubscribe/{subscriber_signature(subscriber)}/"
    return client.post(url, {"List-Unsubscribe": "One-Click"})


def test_an_old_confirmation_link_does_not_resubscribe_someone_who_unsubscribed(client, smtp):
    subscribe(client)
    link = confirm_link(smtp.to("maria@example.org")[0]).removeprefix("http://localhost")
    assert client.post(link).status_code == 200
    subscriber = Subscriber.objects.get()
    assert unsubscribe_one_click(client, subscriber).status_code == 200

    response = client.post(link)

    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert list(subscriber.consents.values_list("action", flat=True)) == ["requested", "confirmed", "unsubscribed"]


def test_a_confirmation_link_is_single_use_and_only_the_new_request_confirms_again(client, smtp, settings):
    settings.NEWSLETTER_CONFIRMATION_INTERVAL = 0
    subscribe(client)
    first = confirm_link(smtp.to("maria@example.org")[0]).removeprefix("http://localhost")
    assert client.post(first).status_code == 200
    assert client.post(first).status_code == 200  # a second click on the same button changes nothing
    subscriber = Subscriber.objects.get()
    unsubscribe_one_click(client, subscriber)
    subscribe(client)
    second = confirm_link(smtp.to("maria@example.org")[-1]).removeprefix("http://localhost")

    assert client.post(first).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    assert client.post(second).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    steps = list(subscriber.consents.values_list("action", flat=True))
    assert steps == ["requested", "confirmed", "unsubscribed", "requested", "confirmed"]


def test_a_visitor_without_any_cookie_subscribes_from_the_footer(site_tree, smtp):
    """The footer form is on every page, which therefore sets no CSRF cookie; the signup needs none."""
    from django.test import Client

    visitor = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    page = visitor.get("/en/")
    assert not page.cookies
    assert 'name="csrfmiddlewaretoken"' not in page.content.decode()
    response = visitor.post("/en/newsletter/subscribe/", {"email": "maria@example.org", "language": "en"})
    assert response.status_code == 302
    assert len(smtp.to("maria@example.org")) == 1
