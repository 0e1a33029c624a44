from django.core.management.base import BaseCommand, CommandError

from tqdm import tqdm

from search import engine, services


class Command(BaseCommand):
    help = "Rebuild the site search indexes into new indexes and swap them in (no downtime)."

    def handle(self, *args, **options):
        if not engine.is_enabled():
            self.stdout.write("SEARCH_URL is not set: the database backend needs no rebuild here (see update_index).")
            return
        total = services.count_all()
        with tqdm(total=total, unit="doc", disable=options["verbosity"] == 0, file=self.stderr) as bar:
            try:
                count, seconds = services.rebuild(progress=bar.update)
            except engine.EngineError as error:
                raise CommandError(f"The search server did not answer: {error}") from error
        if options["verbosity"]:
            rate = count / seconds if seconds else 0
            self.stdout.write(f"Indexed {count} documents in {seconds:.1f}s ({rate:.0f}/s); aliases swapped.")
