"""Background work: confirmation e-mails and campaigns (run by `manage.py db_worker`)."""

from django.conf import settings

from django_tasks import task

from . import sending, services
from .models import Subscriber


@task()
def send_confirmation(subscriber_id):
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if subscriber:
        services.send_confirmation_email(subscriber)


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
