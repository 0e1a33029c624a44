"""B.10: the site while one of its services is down (Redis, the SMTP relay).

Redis holds the cache of page fragments and the rate-limit counters; production wraps it in
config.cache.ResilientRedisCache, which fails open: pages render, limits do not count, and the
log says so. A confirmation e-mail that the relay refuses is retried by the task queue.
"""

import logging
import secrets

from django.utils import timezone

import pytest
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from newsletters.models import Subscriber
from tests.factories.accounts import UserFactory
from tests.ports import free_port
from tests.test_deployment import _setting

DEAD_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "config.cache.ResilientRedisCache", "LOCATION": DEAD_REDIS},
    }
    return DEAD_REDIS


def test_production_wraps_a_redis_cache_to_fail_open():
    backend = _setting(
        "CACHES['default']['BACKEND']",
        "production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.org",
        SITE_URL="https://example.org",
        CACHE_URL="redis://127.0.0.1:6379/1",
    )
    assert backend == "config.cache.ResilientRedisCache"


def test_with_redis_down_public_pages_and_the_login_page_render(client, site_tree, redis_down, caplog):
    for url in ("/en/", site_tree["news_index"].url, site_tree["news"].url, "/en/accounts/login/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "<footer" in response.content.decode(), url
    assert "Cache unavailable" in caplog.text


def test_with_redis_down_a_newsletter_signup_and_a_login_are_answered(client, site_tree, redis_down, mailoutbox):
    response = client.post("/en/newsletter/subscribe/", {"email": "maria@example.org", "language": "en"})
    assert response.status_code == 302
    assert Subscriber.objects.get(email="maria@example.org").status == Subscriber.Status.PENDING
    assert len(mailoutbox) == 1
    UserFactory(email="member@example.org", password="a long enough password")
    wrong = client.post("/en/accounts/login/", {"login": "member@example.org", "password": "wrong password 1"})
    assert wrong.status_code == 200
    right = client.post("/en/accounts/login/", {"login": "member@example.org", "password": "a long enough password"})
    assert right.status_code == 302


def test_with_redis_down_the_rate_limits_fail_open_with_a_warning(client, site_tree, redis_down, caplog, settings):
    """A deliberate choice (config/cache.py): throttling stops for the outage, the site does not."""
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 2
    caplog.set_level(logging.WARNING, logger="config.cache")
    logins = [
        client.post("/en/accounts/login/", {"login": "nobody@example.org", "password": f"guess {n}"}).status_code
        for n in range(10)
    ]
    signups = [
        client.post("/en/newsletter/subscribe/", {"email": f"s{n}@example.org", "language": "en"}).status_code
        for n in range(4)
    ]
    assert set(logins) == {200}
    assert set(signups) == {302}
    assert any(record.name == "config.cache" and "failing open" in record.getMessage() for record in caplog.records)


def _run_due_tasks():
    """What one pass of `manage.py db_worker` does, in this test's transaction."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    ran = 0
    while (result := DBTaskResult.objects.ready().first()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        ran += 1
    return ran


def test_with_smtp_down_a_signup_is_accepted_and_its_confirmation_sent_once_when_smtp_is_back(
    client, site_tree, smtp, smtp_server, settings, django_capture_on_commit_callbacks
):
    """B.10: a failed send is retried (newsletters/tasks.py), not dropped, and not sent twice."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_PORT = free_port()  # the relay refuses connections
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/newsletter/subscribe/", {"email": "maria@example.org", "language": "en"})
        assert response.status_code == 302
        assert _run_due_tasks() == 1
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after > timezone.now()
    assert smtp.to("maria@example.org") == []

    settings.EMAIL_PORT = smtp_server.port
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        assert _run_due_tasks() == 1
        assert _run_due_tasks() == 0
        # The same address again within the interval: the same answer, no second e-mail.
        assert (
            client.post("/en/newsletter/subscribe/", {"email": "maria@example.org", "language": "en"}).status_code
            == 302
        )
        assert _run_due_tasks() == 0
    assert len(smtp.to("maria@example.org")) == 1
    assert "/newsletter/confirm/" in smtp.to("maria@example.org")[0].get_body(("plain",)).get_content()
