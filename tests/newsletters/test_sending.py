import re

import pytest

from newsletters.models import Campaign, Delivery, Subscriber
from newsletters.services import campaign_schedule
from tests.factories.newsletters import NewsletterPageFactory, SubscriberFactory
from tests.factories.translation import translate
from tests.newsletter_issues import links

pytestmark = pytest.mark.django_db


def unsubscribe_url_of(message):
    return re.search(r"<(https?://[^>]+)>", str(message["List-Unsubscribe"])).group(1)


def html_of(message):
    return message.get_body(preferencelist=("html",)).get_content()


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def test_each_subscriber_gets_the_issue_in_their_language_or_english_marked_as_such(
    smtp, issue, locales, areas, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translate(issue, locales["bg"], lambda text: f"BG {text}")
        translate(issue, locales["el"], lambda text: f"EL {text}")
    SubscriberFactory(email="bg@example.org", language="bg", name="Иван")
    SubscriberFactory(email="el@example.org", language="el", name="")
    SubscriberFactory(email="en@example.org", language="en")
    SubscriberFactory(email="hu@example.org", language="hu")
    SubscriberFactory(email="pending@example.org", status=Subscriber.Status.PENDING)
    SubscriberFactory(email="gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    campaign = campaign_schedule(issue)

    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DONE
    [bg] = smtp.to("bg@example.org")
    assert bg["Subject"] == "BG Cluster financing in focus"
    assert bg["Content-Language"] == "bg"
    assert "Иван" in text_of(bg)
    [el] = smtp.to("el@example.org")
    assert el["Subject"] == "EL Cluster financing in focus"
    [en] = smtp.to("en@example.org")
    assert en["Subject"] == "Cluster financing in focus"
    [hu] = smtp.to("hu@example.org")
    assert hu["Subject"] == "Cluster financing in focus"
    assert hu["Content-Language"] == "en"
    # The English issue, with a word in the reader's language on why.
    assert text_of(hu).startswith("[Ez a szám még nem érhető el az Ön nyelvén; itt az angol változat.]")
    assert "not yet available" not in text_of(en)
    assert smtp.to("pending@example.org") == smtp.to("gone@example.org") == []
    assert dict(Delivery.objects.values_list("subscriber__email", "language")) == {
        "bg@example.org": "bg",
        "el@example.org": "el",
        "en@example.org": "en",
        "hu@example.org": "en",
    }


def test_message_has_one_click_unsubscribe_headers_absolute_links_and_a_plain_text_part(smtp, issue):
    SubscriberFactory(email="reader@example.org")
    campaign_schedule(issue)
    [message] = smtp.to("reader@example.org")
    unsubscribe = unsubscribe_url_of(message)
    assert unsubscribe.startswith("http://localhost/en/newsletter/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in text_of(message)
    html = html_of(message)
    assert 'href="/' not in html and 'src="/' not in html
    assert "http://localhost/en/news/kick-off/" in html
    assert all(url.startswith("http://localhost/") for url in links(message))
    assert "<mj-" not in html and "@media" in html


def test_rfc8058_one_click_post_unsubscribes_at_once_without_csrf_or_login(smtp, issue, client):
    from django.test import Client

    subscriber = SubscriberFactory(email="reader@example.org")
    campaign_schedule(issue)
    [message] = smtp.to("reader@example.org")
    url = unsubscribe_url_of(message).removeprefix("http://localhost")
    mail_provider = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    response = mail_provider.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.consents.last().source == "one-click"
    # The visible link leads to a page that says so.
    assert "unsubscribed" in client.get(url).content.decode().lower()


def test_issue_for_chosen_topics_goes_to_their_subscribers_and_those_who_follow_everything(
    smtp, newsletter_index, areas
):
    financing = areas[3]
    issue = NewsletterPageFactory(parent=newsletter_index, thematic_areas=[financing])
    fan = SubscriberFactory(email="fan@example.org", all_topics=False)
    fan.topics.set([financing])
    other = SubscriberFactory(email="other@example.org", all_topics=False)
    other.topics.set([areas[0]])
    SubscriberFactory(email="all@example.org")
    campaign_schedule(issue)
    assert len(smtp.to("fan@example.org")) == len(smtp.to("all@example.org")) == 1
    assert smtp.to("other@example.org") == []


def test_refused_recipients_are_marked_failed_with_the_reason_and_the_rest_are_sent(smtp, issue):
    for n in range(5):
        SubscriberFactory(email=f"r{n}@example.org")
    smtp.refuse("r1@example.org")
    smtp.refuse("r3@example.org", "550 5.7.1 Policy rejection")
    campaign = campaign_schedule(issue)
    deliveries = dict(Delivery.objects.values_list("subscriber__email", "status"))
    assert deliveries == {
        "r0@example.org": "sent",
        "r1@example.org": "failed",
        "r2@example.org": "sent",
        "r3@example.org": "failed",
        "r4@example.org": "sent",
    }
    assert Delivery.objects.get(subscriber__email="r3@example.org").reason == "550 5.7.1 Policy rejection"
    assert len(smtp.messages) == 3
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DONE


def test_temporary_refusals_are_retried_later_and_then_sent(smtp, issue):
    from django.utils import timezone

    from newsletters.sending import campaign_run

    SubscriberFactory(email="busy@example.org")
    smtp.refuse("busy@example.org", "451 4.7.1 Try again later")
    campaign = campaign_schedule(issue)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.reason) == ("queued", 1, "451 4.7.1 Try again later")
    assert delivery.next_attempt_at > timezone.now()
    assert campaign_run(campaign.pk) == delivery.next_attempt_at  # not due yet: nothing sent, come back then
    smtp.refused.clear()
    Delivery.objects.update(next_attempt_at=timezone.now())
    assert campaign_run(campaign.pk) is None
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("sent", 2)
    assert len(smtp.to("busy@example.org")) == 1


def test_unsubscribing_while_a_campaign_is_queued_stops_that_copy(smtp, issue):
    from newsletters.sending import campaign_start
    from newsletters.services import subscriber_unsubscribe

    subscriber = SubscriberFactory(email="leaving@example.org")
    campaign = Campaign.objects.create(issue=issue)
    campaign_start(campaign.pk)
    subscriber_unsubscribe(subscriber)
    from newsletters.sending import campaign_run

    campaign_run(campaign.pk)
    assert smtp.to("leaving@example.org") == []
    assert Delivery.objects.get().status == "failed"
