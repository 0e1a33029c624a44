"""{% responsive_image image "card" %}: a <picture> with WebP and a fallback, in the widths of a named set.

    {% load pictures %}
    {% responsive_image page.listing_image "wide" eager=True class="hero-image" %}
    {% responsive_image item.listing_image "card" alt="" %}

The <img> always has its width and height (no layout shift). Images are lazy and decoded
off the main thread unless `eager=True`, which the first large image of a page asks for
(it is likely the largest paint, so it is fetched first: fetchpriority="high"). Without
`alt`, Wagtail's alt text applies: the block's own text, "" when the block marks the image
decorative, else the image's description or title. `sizes` overrides the set's.
"""

from django import template

from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from pictures.specs import PICTURE_SETS

register = template.Library()


@register.simple_tag
def responsive_image(image, set_name, *, eager=False, sizes=None, **attrs):
    if not image:
        return ""
    picture_set = PICTURE_SETS[set_name]
    renditions = get_renditions_or_not_found(image, picture_set.filters())
    first = next(iter(renditions.values()))
    if eager:
        attrs["fetchpriority"] = "high"
    else:
        attrs.setdefault("loading", "lazy")
        attrs.setdefault("decoding", "async")
    attrs["sizes"] = sizes or picture_set.shown or f"{first.width}px"
    return Picture(renditions, attrs).__html__()
