from django.core.management.base import BaseCommand

from indicators.counting import flush


class Command(BaseCommand):
    help = (
        "Add the page views and downloads counted in the cache to the daily counts. The task worker does it "
        "a minute after the first event; run this from cron as well, or after the worker was down."
    )

    def handle(self, *args, **options):
        added = flush()
        if options["verbosity"] > 1:
            self.stdout.write(f"{added} events added.")
