from django.core.management.base import BaseCommand

from forums.views_count import flush


class Command(BaseCommand):
    help = "Write the topic views counted in the cache to the database (run every few minutes, e.g. from cron)."

    def handle(self, *args, **options):
        written = flush()
        if options["verbosity"] > 1:
            self.stdout.write(f"{written} topic views written.")
