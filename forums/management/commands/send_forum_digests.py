from django.core.management.base import BaseCommand

from forums.tasks import send_daily_digests


class Command(BaseCommand):
    help = "Queue the daily digest of forum posts (run once a day, e.g. from cron)."

    def handle(self, *args, **options):
        send_daily_digests.enqueue()
