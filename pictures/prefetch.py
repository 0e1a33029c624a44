"""Fetch the renditions a listing shows in one query, however many items it has.

Without this, every card asks the cache and then the database for its own renditions:
one query per item whenever the cache is cold (after a deploy, an eviction, a restart).
"""

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images import get_image_model

from pictures.specs import PICTURE_SETS


def prefetch_renditions(images, *set_names):
    """Attach the renditions of `set_names` to each image of `images` (None entries are skipped).

    The images are the objects the templates then render (e.g. the `listing_image` of
    pages fetched with select_related), so Wagtail finds the renditions on them and asks
    nothing more. Renditions missing from the result are made on first use, as usual.
    """
    images = [image for image in images if image is not None]
    if not images:
        return
    specs = [spec for name in set_names for spec in PICTURE_SETS[name].specs]
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    # Wagtail's ImageQuerySet.prefetch_renditions does the same for a queryset of images;
    # here the images already came with their pages.
    prefetch_related_objects(images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"))


def prefetch_listing_renditions(pages, set_name="card"):
    """prefetch_renditions for the listing images of `pages`."""
    prefetch_renditions([getattr(page, "listing_image", None) for page in pages], set_name)
