"""The relay stops answering or drops the connection in the middle of a campaign (the real server of tests/smtp.py).

A message caught in the fault is not lost and not failed: it goes back to the queue, the rest of the campaign
goes on over a new connection, and once the relay has recovered the retry delivers it, so every subscriber has
exactly one copy. EMAIL_TIMEOUT is a second here, so a relay that stops answering costs a second, not thirty.
"""

import threading
import time

from django.db import connection
from django.utils import timezone

import pytest

from newsletters.models import Campaign, Delivery
from newsletters.sending import campaign_run, campaign_start
from tests.factories.newsletters import NewsletterIndexPageFactory, NewsletterPageFactory, SubscriberFactory
from tests.waiting import wait_until

pytestmark = pytest.mark.django_db

# What smtplib reports when the reply does not come within EMAIL_TIMEOUT, and when the relay hangs up.
SYMPTOMS = {
    "stall": "SMTPServerDisconnected: Connection unexpectedly closed: timed out",
    "drop": "SMTPServerDisconnected",
}


@pytest.fixture
def campaign(home_page, settings):
    settings.EMAIL_TIMEOUT = 1
    settings.NEWSLETTER_MAX_RATE = 0
    index = NewsletterIndexPageFactory(parent=home_page)
    issue = NewsletterPageFactory(parent=index, title="Cluster financing in focus")
    for n in range(6):
        SubscriberFactory(email=f"reader{n}@example.org")
    campaign = Campaign.objects.create(issue=issue)
    campaign_start(campaign.pk)
    return campaign


def in_sending_order():
    return list(Delivery.objects.order_by("pk").values_list("subscriber__email", flat=True))


def received(smtp):
    return [message["to"][0] for message in smtp.messages]


def states():
    return {
        delivery.subscriber.email: (delivery.status, delivery.attempts, delivery.reason, delivery.sent_at is not None)
        for delivery in Delivery.objects.select_related("subscriber")
    }


@pytest.mark.parametrize("phase", ["rcpt", "data"])
@pytest.mark.parametrize("fault", ["stall", "drop"])
def test_a_relay_that_stops_answering_or_hangs_up_on_the_third_message_delays_only_that_one(
    smtp, campaign, fault, phase
):
    order = in_sending_order()
    third = order[2]
    getattr(smtp, fault)(third, phase)  # at RCPT TO, or once the whole message is in but not yet accepted

    started = time.monotonic()
    retry_at = campaign_run(campaign.pk)
    took = time.monotonic() - started

    assert smtp.incidents == [(third, fault, phase)]
    assert received(smtp) == order[:2] + order[3:]  # the three after it went out over a new connection
    assert took < 5, "a stalled relay must cost EMAIL_TIMEOUT, not more"
    delivery = Delivery.objects.get(subscriber__email=third)
    assert (delivery.status, delivery.attempts, delivery.claimed_by) == ("queued", 1, "")
    assert delivery.reason.startswith(SYMPTOMS[fault])
    assert delivery.sent_at is None
    assert retry_at == delivery.next_attempt_at > timezone.now()
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SENDING

    smtp.recover()
    assert campaign_run(campaign.pk) == retry_at  # not due yet: nothing is sent before the retry delay
    assert len(smtp.messages) == 5
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert campaign_run(campaign.pk) is None

    assert sorted(received(smtp)) == sorted(order)  # one copy each: the interrupted one was not accepted
    assert states() == {address: ("sent", 2 if address == third else 1, "", True) for address in order}
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DONE


def test_a_relay_that_never_recovers_fails_the_message_after_the_last_attempt_and_finishes(smtp, campaign, settings):
    settings.NEWSLETTER_MAX_ATTEMPTS = 2
    order = in_sending_order()
    smtp.stall(order[2], "data")
    campaign_run(campaign.pk)
    Delivery.objects.update(next_attempt_at=timezone.now())
    assert campaign_run(campaign.pk) is None

    assert smtp.incidents == [(order[2], "stall", "data")] * 2
    assert sorted(received(smtp)) == sorted(order[:2] + order[3:])
    reason = Delivery.objects.get(subscriber__email=order[2]).reason
    assert reason.startswith(SYMPTOMS["stall"])
    # The message after it, sent over a new connection each time, is not failed along with it.
    assert states() == dict.fromkeys(order, ("sent", 1, "", True)) | {order[2]: ("failed", 2, reason, False)}
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DONE


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_message_put_back_after_the_final_dot_is_not_lost_when_another_worker_finishes_the_campaign(
    smtp, campaign, settings
):
    """Worker A records the third message as sent before its final "." and then waits for the relay's answer;
    meanwhile worker B sends the rest and finds nothing queued or sending. A's message goes back to the
    queue after the timeout: the campaign must not stay finished with it."""
    settings.EMAIL_TIMEOUT = 3  # time enough for B's three messages while A waits
    order = in_sending_order()
    smtp.stall(order[2], "data")

    def worker_a():
        try:
            campaign_run(campaign.pk, batch_size=3)
        finally:
            connection.close()

    a = threading.Thread(target=worker_a)
    a.start()
    assert wait_until(lambda: smtp.incidents, 10, interval=0.01), "worker A never reached the third message"
    campaign_run(campaign.pk, batch_size=3)  # worker B
    assert a.is_alive(), "worker B must finish while A still waits for the relay"
    assert received(smtp) == order[:2] + order[3:]
    a.join()

    delivery = Delivery.objects.get(subscriber__email=order[2])
    assert (delivery.status, delivery.attempts) == ("queued", 1)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SENDING

    smtp.recover()
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert campaign_run(campaign.pk) is None
    assert sorted(received(smtp)) == sorted(order)
    assert Delivery.objects.filter(status="sent").count() == len(order)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DONE
