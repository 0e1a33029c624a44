"""Images with the weight of real ones: photographs and a transparent logo, made with Pillow.

A flat colour compresses to nothing and would hide a page that sends too many bytes, so the
"photograph" has what makes real ones heavy: gradients, shapes and fine grain.
"""

import functools
import io
import random

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image, ImageDraw, ImageFilter


@functools.lru_cache(maxsize=16)
def photograph_bytes(width=2400, height=1600, seed=0):
    """A JPEG of a made-up landscape, about as heavy as a camera's photograph of that size."""
    rng = random.Random(seed)
    sky = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    tint = Image.new("RGB", (width, height), (rng.randrange(40, 200), rng.randrange(60, 180), rng.randrange(90, 220)))
    picture = Image.blend(sky, tint, 0.6)
    draw = ImageDraw.Draw(picture)
    for _ in range(40):
        x, y = rng.randrange(width), rng.randrange(height // 3, height)
        r = rng.randrange(width // 40, width // 6)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x - r, y - r // 2, x + r, y + r // 2), fill=colour)
    picture = picture.filter(ImageFilter.GaussianBlur(3))
    # Texture at several scales (leaves, stones, fabric) survives resizing, as in a real photograph.
    for scale, weight in ((8, 0.2), (3, 0.12), (1, 0.06)):
        grain = Image.effect_noise((width // scale, height // scale), 60).resize((width, height)).convert("RGB")
        picture = Image.blend(picture, grain, weight)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=88)
    return out.getvalue()


@functools.lru_cache(maxsize=16)
def logo_bytes(width=640, height=320, seed=0):
    """A PNG logo with a transparent background."""
    rng = random.Random(seed)
    logo = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(logo)
    colour = (rng.randrange(200), rng.randrange(200), rng.randrange(200), 255)
    draw.ellipse((10, 10, height - 10, height - 10), fill=colour)
    draw.rectangle((height, height // 3, width - 10, 2 * height // 3), fill=colour)
    out = io.BytesIO()
    logo.save(out, "PNG")
    return out.getvalue()


def image(title, content, filename, **fields):
    return get_image_model().objects.create(title=title, file=ImageFile(io.BytesIO(content), name=filename), **fields)


def photograph(title="Cluster meeting in Ancona", seed=0, width=2400, height=1600, **fields):
    """A photograph as an editor uploads it (2400x1600 by default; tests that only count queries
    ask for a small one, which is quicker to resize)."""
    return image(title, photograph_bytes(width, height, seed), f"photo-{seed}.jpg", **fields)


def logo(title="Partner logo", seed=0, **fields):
    return image(title, logo_bytes(seed=seed), f"logo-{seed}.png", **fields)
