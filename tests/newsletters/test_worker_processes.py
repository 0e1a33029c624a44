"""Campaigns sent by real worker processes, which read committed rows: the tests here are transactional.

They have a module of their own: a module with a transactional test builds its data for each test (see
tests.module_transaction), where the other sending tests share one site tree.
"""

import os
import signal
import subprocess
import sys
import time

from django.db import connection

import pytest

from newsletters.models import Campaign, Delivery, Subscriber
from newsletters.services import campaign_schedule
from tests.factories.newsletters import NewsletterIndexPageFactory, NewsletterPageFactory, SubscriberFactory
from tests.waiting import wait_until


def _worker_environment(smtp_server, settings_module, **settings):
    """A worker process's environment: the test database, the test SMTP server, and these settings."""
    assert connection.vendor == "postgresql", "the worker subprocess needs the PostgreSQL test database"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DATABASE_URL": "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**connection.settings_dict),
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": smtp_server.hostname,
        "EMAIL_PORT": str(smtp_server.port),
        **settings,
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_killed_mid_campaign_and_restarted_sends_exactly_one_copy_to_each(
    smtp_server, smtp, locales, home_page
):
    index = NewsletterIndexPageFactory(parent=home_page)
    issue = NewsletterPageFactory(parent=index, body=[("text", "<p>Results of the pilot initiatives.</p>")])
    count = 120
    Subscriber.objects.bulk_create(
        Subscriber(email=f"s{n}@example.org", status=Subscriber.Status.CONFIRMED, token=f"t{n}") for n in range(count)
    )
    campaign = Campaign.objects.create(issue=issue)
    env = _worker_environment(
        smtp_server,
        "config.settings.test",
        NEWSLETTER_MAX_RATE="200",
        NEWSLETTER_BATCH_SIZE="10",
        NEWSLETTER_CLAIM_TIMEOUT="1",
    )
    command = [sys.executable, "manage.py", "send_newsletters", "--wait"]
    worker = subprocess.Popen(command, env=env)  # noqa: S603 (a fixed command)
    wait_until(lambda: len(smtp.messages) >= count // 3, 60, interval=0.01)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    interrupted_at = len(smtp.messages)
    assert 0 < interrupted_at < count
    assert Delivery.objects.filter(status="sending").exists() or Delivery.objects.filter(status="queued").exists()

    time.sleep(1.2)  # the dead worker's claims expire: the claim timeout itself is what is tested
    subprocess.run(command, env=env, check=True, timeout=120)  # noqa: S603

    received = [m["to"][0] for m in smtp.messages]
    assert sorted(received) == sorted(f"s{n}@example.org" for n in range(count))
    assert Delivery.objects.filter(status="sent").count() == count
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DONE


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_campaign_sent_by_the_database_task_worker(smtp_server, smtp, locales, home_page, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    index = NewsletterIndexPageFactory(parent=home_page)
    issue = NewsletterPageFactory(parent=index, body=[("text", "<p>Sent in the background.</p>")])
    for n in range(12):
        SubscriberFactory(email=f"w{n}@example.org")
    campaign = campaign_schedule(issue)
    assert smtp.messages == []  # nothing is sent in the request
    env = _worker_environment(
        smtp_server, "tests.newsletters.worker_settings", NEWSLETTER_BATCH_SIZE="5", NEWSLETTER_MAX_RATE="0"
    )
    command = [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload"]
    subprocess.run(command, env=env, check=True, timeout=120)  # noqa: S603 (a fixed command)
    assert sorted(m["to"][0] for m in smtp.messages) == sorted(f"w{n}@example.org" for n in range(12))
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DONE
