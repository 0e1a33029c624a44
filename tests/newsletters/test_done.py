"""The issue's definition of done, end to end through the admin, the real SMTP server and the one-click POST."""

import re

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest

from newsletters.models import Campaign, Subscriber
from newsletters.services import campaign_schedule
from tests.factories.newsletters import NewsletterPageFactory, SubscriberFactory
from tests.factories.translation import translate

pytestmark = pytest.mark.django_db


def test_officer_sends_a_translated_issue_each_reader_gets_theirs_one_unsubscribes_and_the_counts_show(
    client, newsletter_index, locales, areas, smtp, django_capture_on_commit_callbacks
):
    financing = next(area for area in areas if area.code == "WG4")
    officer = get_user_model().objects.create_superuser("officer", "officer@example.org", "pw")
    client.force_login(officer)
    issue = NewsletterPageFactory(parent=newsletter_index, title="Financing clusters", thematic_areas=[financing])
    with django_capture_on_commit_callbacks(execute=True):
        translate(issue, locales["bg"], lambda text: {"Financing clusters": "Финансиране на клъстери"}.get(text, text))
    bulgarian_fan = SubscriberFactory(email="ivan@example.bg", language="bg", all_topics=False)
    bulgarian_fan.topics.set([financing])
    bulgarian_other = SubscriberFactory(email="maria@example.bg", language="bg", all_topics=False)
    bulgarian_other.topics.set([areas[0]])
    SubscriberFactory(email="anna@example.de", language="de")
    SubscriberFactory(email="john@example.org", language="en")

    url = f"/admin/newsletters/issue/{issue.pk}/"
    client.post(url, {"action": "send"})

    [ivan] = smtp.to("ivan@example.bg")
    assert str(ivan["Subject"]).strip() == "Финансиране на клъстери"
    assert smtp.to("maria@example.bg") == []
    [anna] = smtp.to("anna@example.de")
    assert anna["Subject"] == "Financing clusters"
    assert "englische Fassung" in anna.get_body(preferencelist=("plain",)).get_content()
    [john] = smtp.to("john@example.org")

    one_click = re.search(r"<(https?://[^>]+)>", str(john["List-Unsubscribe"])).group(1)
    mail_provider = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    assert (
        mail_provider.post(one_click.removeprefix("http://localhost"), {"List-Unsubscribe": "One-Click"}).status_code
        == 200
    )
    assert Subscriber.objects.get(email="john@example.org").status == Subscriber.Status.UNSUBSCRIBED

    page = client.get(url).content.decode()
    assert 'data-count="sent">3<' in page
    assert 'data-count="failed">0<' in page
    assert 'data-count="remaining">0<' in page


def test_a_scheduled_campaign_waits_for_its_time_and_the_send_command_starts_it(issue, smtp):
    SubscriberFactory(email="reader@example.org")
    campaign = campaign_schedule(issue, send_at=timezone.now() + timezone.timedelta(hours=1))
    call_command("send_newsletters")
    assert smtp.messages == []
    Campaign.objects.filter(pk=campaign.pk).update(send_at=timezone.now())
    call_command("send_newsletters")
    assert len(smtp.to("reader@example.org")) == 1
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DONE


def test_deleting_an_issue_takes_its_campaign_with_it(issue, smtp):
    SubscriberFactory()
    campaign_schedule(issue)
    issue.delete()
    assert not Campaign.objects.exists()
