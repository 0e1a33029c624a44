"""Make every rendition the templates use, for every image, before a visitor asks for one.

Run after a deploy that changes pictures/specs.py, after importing images, or from cron:
renditions that exist already are skipped (one query per image), so a second run is quick.
Without it the first visitor of a page waits while its images are resized.
"""

from django.core.management.base import BaseCommand

from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

from pictures.specs import all_specs


class Command(BaseCommand):
    help = "Create every image rendition the site's templates use (pictures/specs.py), for all images."

    def handle(self, *args, verbosity=1, **options):
        specs = all_specs()
        made = missing = 0
        images = get_image_model().objects.prefetch_renditions(*specs).order_by("pk")
        for image in images.iterator(chunk_size=100):
            existing = {rendition.filter_spec for rendition in image.prefetched_renditions}
            try:
                image.get_renditions(*specs)
            except SourceImageIOError:
                missing += 1
                self.stderr.write(f"Image {image.pk} ({image.title}): its file is missing.")
                continue
            made += len(set(specs) - existing)
            if verbosity > 1:
                self.stdout.write(f"Image {image.pk}: {len(set(specs) - existing)} new rendition(s).")
        if verbosity:
            self.stdout.write(f"{made} rendition(s) made, {len(specs)} per image ({missing} image file(s) missing).")
