from django.core.management.base import BaseCommand, CommandError

from search import services, tasks


class Command(BaseCommand):
    help = "Apply the pending search index updates now (for cron, or after the search server was down)."

    def handle(self, *args, **options):
        if not services.process_pending(retry=tasks.schedule_update):
            raise CommandError("The search server is unavailable; the updates stay queued.")
