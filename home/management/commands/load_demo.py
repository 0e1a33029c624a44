from django.core.management.base import BaseCommand
from django.utils import timezone

from forums.structure import load_forum_structure
from home.demo.loader import load_demo, rebuild_indexes, site_has_home_page


class Command(BaseCommand):
    help = (
        "Load the ClusterPoliSEE demo site: pages, translations, snippets, settings, groups and workflow. "
        "Only what is missing is created, so running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the site already has a home page (for `make run`, which calls this on every start).",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and site_has_home_page():
            self.stdout.write("The site already has a home page; demo content not loaded.")
            return
        created = load_demo(timezone.localdate())
        forums = load_forum_structure()
        if forums:
            created["forums"] = forums
        rebuild_indexes()
        if created:
            summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
            self.stdout.write(self.style.SUCCESS(f"Demo site loaded: {summary}."))
        else:
            self.stdout.write("The demo site is complete; nothing to load.")
