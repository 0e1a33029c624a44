"""Move documents and forum attachments that earlier versions kept under MEDIA_ROOT out of its reach."""

from django.core.management.base import BaseCommand

from core.storage import move_private_uploads


class Command(BaseCommand):
    help = "Move private uploads (documents, forum attachments) from MEDIA_ROOT to PRIVATE_MEDIA_ROOT."

    def handle(self, *args, **options):
        moved = move_private_uploads()
        if moved:
            self.stdout.write(f"Moved {moved} private files out of MEDIA_ROOT.")
