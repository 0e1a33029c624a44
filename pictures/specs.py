"""Every rendition the public templates ask for: a small fixed set.

A template names a set ("card", "wide", "logo"…) instead of writing filter specs, so the
specs live here only: listings prefetch exactly these renditions in one query
(pictures.prefetch), and `manage.py warm_renditions` makes them all in advance, so that no
visitor waits for an image to be resized.

Each set is a few widths in a modern format (WebP) and in a fallback that every browser
decodes (JPEG for photographs, PNG for logos, which may be transparent). WebP and not
AVIF: every browser the site supports shows WebP, and encoding it is several times
faster, which matters when an editor uploads a photograph and the first visitor waits.
"""

from dataclasses import dataclass

from wagtail.images.models import Filter


@dataclass(frozen=True)
class PictureSet:
    # Resize operations; the first gives the <img> its width and height (its size on the
    # page when CSS does not stretch it), the others only widen the choice in srcset.
    sizes: tuple[str, ...]
    # The modern format first, the fallback last (Wagtail's <picture> puts the fallback in <img>).
    formats: tuple[str, ...]
    # The `sizes` attribute: how wide the image is shown. None: as wide as its first rendition.
    shown: str | None

    @property
    def specs(self) -> list[str]:
        return [f"{size}|format-{fmt}" for fmt in self.formats for size in self.sizes]

    def filters(self) -> list[Filter]:
        return [Filter(spec=spec) for spec in self.specs]


PICTURE_SETS = {
    # Listing cards (news, good practices, newsletter issues, home teasers): 16:9, at most the
    # width of the listing column (54rem); on a phone the whole screen.
    "card": PictureSet(
        sizes=("fill-480x270", "fill-960x540"),
        formats=("webp", "jpeg"),
        shown="(max-width: 52rem) calc(100vw - 2rem), 54rem",
    ),
    # The image at the top of a news item, figures of the body and of newsletter issues:
    # at most as wide as the page (72rem), never enlarged.
    "wide": PictureSet(
        sizes=("width-1200", "width-800", "width-480"),
        formats=("webp", "jpeg"),
        shown="(max-width: 75rem) calc(100vw - 2rem), 72rem",
    ),
    # Partner logos: at most 160x80, sharp on high-density screens.
    "logo": PictureSet(sizes=("max-160x80", "max-320x160"), formats=("webp", "png"), shown=None),
    # The funding logos of the footer: 60 pixels high.
    "funding": PictureSet(sizes=("height-60", "height-120"), formats=("webp", "png"), shown=None),
}

# Single renditions made outside <picture>: the link preview (og:image, structured data) and
# the images of newsletter e-mails, which mail programs need as JPEG or PNG.
SINGLE_SPECS = ("fill-1200x630", "width-1200")


def all_specs() -> list[str]:
    """Every filter spec the site renders, for warm_renditions."""
    specs = [spec for picture_set in PICTURE_SETS.values() for spec in picture_set.specs]
    return [*specs, *SINGLE_SPECS]
