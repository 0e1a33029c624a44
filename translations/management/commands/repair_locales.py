from django.core.management.base import BaseCommand, CommandError

from translations.locale_trees import locale_gaps, repair_locale_trees


class Command(BaseCommand):
    help = (
        "Report the pages that are missing, unpublished or under another parent in a synchronised locale, "
        "then fix what needs no editor: create the missing aliases, move misplaced pages, publish aliases. "
        "Running it again changes nothing. Exits with status 1 while any problem remains, "
        "so `--dry-run` can serve as a check in scripts."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only report; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        gaps = locale_gaps()
        if not gaps:
            self.stdout.write("No problems: every page is in place in every synchronised locale.")
            return
        self.stdout.write(f"{_problems(len(gaps))} (language, page, problem):")
        for gap in gaps:
            self.stdout.write(f"  {gap}")
        if not dry_run:
            fixed = repair_locale_trees()
            self.stdout.write(self.style.SUCCESS(f"Fixed {_problems(len(fixed))}."))
            gaps = locale_gaps()
            for gap in gaps:
                self.stdout.write(f"  still: {gap}")
        if gaps:
            raise CommandError(f"{_problems(len(gaps))} left.", returncode=1)


def _problems(count):
    return f"{count} problem" if count == 1 else f"{count} problems"
