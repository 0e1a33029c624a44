"""Background work: confirmation e-mails and campaigns (run by `manage.py db_worker`)."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from django_tasks import task

from . import sending
from .models import Subscriber

logger = logging.getLogger(__name__)


@task()
def send_confirmation(subscriber_id, attempt=1):
    """Send the confirmation e-mail; a temporary failure (SMTP down, 4xx) is retried later, like campaigns.

    The retry waits NEWSLETTER_RETRY_DELAY seconds, doubled after each failure, up to
    NEWSLETTER_MAX_ATTEMPTS attempts. It sends nothing once the address is no longer pending.
    """
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if not subscriber:
        return
    try:
        sending.send_confirmation_email(subscriber)
    except (smtplib.SMTPException, OSError) as error:
        retry = (
            sending._is_temporary(error)
            and attempt < settings.NEWSLETTER_MAX_ATTEMPTS
            and send_confirmation.get_backend().supports_defer
        )
        if not retry:
            logger.error("Confirmation to subscriber %s not sent (attempt %s): %s", subscriber_id, attempt, error)
            raise
        retry_at = timezone.now() + timedelta(seconds=settings.NEWSLETTER_RETRY_DELAY * 2 ** (attempt - 1))
        logger.warning("Confirmation to subscriber %s failed (%s); retrying at %s", subscriber_id, error, retry_at)
        send_confirmation.using(run_after=retry_at).enqueue(subscriber_id, attempt + 1)


@task()
def start_campaign(campaign_id):
    if sending.campaign_start(campaign_id):
        # Several senders claim batches side by side: a task whose worker is killed stays "running"
        # for ever, and the campaign must not wait for it.
        for _ in range(max(1, settings.NEWSLETTER_SENDERS)):
            send_campaign.enqueue(campaign_id)


@task()
def send_campaign(campaign_id):
    """Send what is due; come back for retries and rows a crashed worker left behind."""
    next_run = sending.campaign_run(campaign_id)
    if next_run is not None and send_campaign.get_backend().supports_defer:
        send_campaign.using(run_after=next_run).enqueue(campaign_id)
