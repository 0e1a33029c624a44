"""Sending to the whole audience: 10,000 personalised messages rendered and handed to a local SMTP sink."""

import os
import resource
import socket
import subprocess
import sys
import time

from django.conf import settings
from django.test import override_settings

from tests.ports import free_port

N_SUBSCRIBERS = int(os.environ.get("BENCH_NEWSLETTER_SUBSCRIBERS", 10_000))
LANGUAGES = ["en", "bg", "el", "hu", "it", "sr"]


def _wait_for(port):
    for _attempt in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the SMTP sink did not start")


def _site():
    from django.db import transaction

    from wagtail.models import Locale, Page, Site

    from tests.factories.knowledge import HomePageFactory, NewsIndexPageFactory, NewsPageFactory
    from tests.factories.newsletters import NewsletterIndexPageFactory, NewsletterPageFactory
    from tests.factories.translation import translate

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=443, root_page=home, is_default_site=True)
    news_index = NewsIndexPageFactory(parent=home)
    for n in range(5):
        NewsPageFactory(parent=news_index, title=f"Pilot initiative {n}")
    index = NewsletterIndexPageFactory(parent=home)
    issue = NewsletterPageFactory(parent=index, title="Cluster financing in focus")
    with transaction.atomic():
        for code in ["bg", "el", "hu"]:
            translate(home, locales[code], lambda text, code=code: f"{code}: {text}")
            translate(index, locales[code], lambda text, code=code: f"{code}: {text}")
            translate(issue, locales[code], lambda text, code=code: f"{code}: {text}")
    return issue


def run(report):
    from newsletters.models import Campaign, Delivery, Subscriber
    from newsletters.rendering import render_issue
    from newsletters.sending import build_message, campaign_run, campaign_start

    issue = _site()
    Subscriber.objects.bulk_create(
        (
            Subscriber(
                email=f"reader{n}@example.org",
                name=f"Reader {n}" if n % 2 else "",
                language=LANGUAGES[n % len(LANGUAGES)],
                status=Subscriber.Status.CONFIRMED,
                token=f"bench-token-{n}",
            )
            for n in range(N_SUBSCRIBERS)
        ),
        batch_size=2000,
    )

    started = time.perf_counter()
    rendered = {language: render_issue(issue, language) for language in LANGUAGES}
    report("render one issue in 6 languages (MJML → HTML)", (time.perf_counter() - started) * 1000, "ms")
    subscribers = list(Subscriber.objects.all()[:1000])
    started = time.perf_counter()
    for subscriber in subscribers:
        build_message(rendered[subscriber.language], subscriber).message().as_bytes()
    report("personalise and serialise one message", (time.perf_counter() - started) * 1000 / 1000, "ms")

    port = free_port()
    sink = subprocess.Popen(  # noqa: S603 (a fixed command)
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"]
    )
    try:
        _wait_for(port)
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=port,
            NEWSLETTER_MAX_RATE=0,
            NEWSLETTER_BATCH_SIZE=500,
        ):
            campaign = Campaign.objects.create(issue=issue)
            rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            started = time.perf_counter()
            campaign_start(campaign.pk)
            campaign_run(campaign.pk)
            elapsed = time.perf_counter() - started
            rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    finally:
        sink.terminate()
        sink.wait()
    sent = Delivery.objects.filter(campaign=campaign, status=Delivery.Status.SENT).count()
    report("messages handed to the SMTP sink", sent)
    report(f"campaign of {N_SUBSCRIBERS:,} (one worker, no throttle)", elapsed, "s")
    report("messages per second (one worker)", sent / elapsed, "msg/s")
    report("peak resident memory of the worker", rss_after / 1024, "MiB")
    report("growth of peak memory during the campaign", (rss_after - rss_before) / 1024, "MiB")
