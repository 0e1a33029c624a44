import time

from django.core.management.base import BaseCommand
from django.utils import timezone

from newsletters.models import Campaign
from newsletters.sending import campaign_run


class Command(BaseCommand):
    help = "Start due newsletter campaigns and send (or resume sending) them; safe to run in several processes."

    def add_arguments(self, parser):
        parser.add_argument("--campaign", type=int, help="Only this campaign.")
        parser.add_argument("--batch-size", type=int)
        parser.add_argument("--wait", action="store_true", help="Wait for retries that are not due yet.")

    def handle(self, *args, campaign=None, batch_size=None, wait=False, **options):
        while True:
            campaigns = Campaign.objects.filter(
                status__in=[Campaign.Status.SCHEDULED, Campaign.Status.SENDING], send_at__lte=timezone.now()
            )
            if campaign:
                campaigns = campaigns.filter(pk=campaign)
            next_runs = [campaign_run(pk, batch_size=batch_size) for pk in campaigns.values_list("pk", flat=True)]
            next_runs = [when for when in next_runs if when]
            if not (wait and next_runs):
                break
            time.sleep(max(0.2, min((min(next_runs) - timezone.now()).total_seconds(), 60)))
