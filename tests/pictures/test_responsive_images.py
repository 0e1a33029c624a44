"""Images are <picture>s with WebP and a fallback, sized, lazy below the fold, and cost constant queries."""

import re
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

import pytest

from newsletters.models import NewsletterIndexPage
from pictures.specs import PICTURE_SETS, all_specs
from tests.factories.images import logo, photograph
from tests.factories.knowledge import (
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerFactory,
    PartnerIndexPageFactory,
)
from tests.factories.newsletters import NewsletterPageFactory

pytestmark = pytest.mark.django_db

TEMPLATE_DIRS = [Path(settings.BASE_DIR) / "templates", *Path(settings.BASE_DIR).glob("*/templates")]


def small_photo(seed=0):
    return photograph(seed=seed, width=640, height=400)


def test_a_card_is_a_lazy_picture_with_webp_and_a_jpeg_fallback_of_known_size(client, home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, listing_image=small_photo())
    html = client.get(index.url).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert '<source sizes="' in picture and 'type="image/webp"' in picture
    assert re.search(r'srcset="[^"]+\.webp 480w, [^"]+\.webp \d+w"', picture)
    img = re.search(r"<img[^>]*>", picture).group(0)
    assert re.search(r'src="[^"]+\.jpg"', img)
    assert 'width="480"' in img and 'height="270"' in img
    assert 'loading="lazy"' in img and 'decoding="async"' in img
    assert 'alt=""' in img  # the card's title, right beside it, already says what it is


def test_the_image_at_the_top_of_a_news_item_is_fetched_first(client, home_page):
    index = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(parent=index, listing_image=photograph(title="Partners in Ancona", width=1000, height=600))
    html = client.get(news.url).content.decode()
    img = re.search(r'<img[^>]*class="hero-image"[^>]*>', html).group(0)
    assert 'fetchpriority="high"' in img and "loading=" not in img
    # Never enlarged: a 1000 px wide photograph stays 1000 px wide.
    assert 'width="1000"' in img and 'height="600"' in img and 'alt="Partners in Ancona"' in img


def test_figures_keep_their_alt_text_and_decorative_ones_have_none(client, home_page):
    image = small_photo()
    described, decorative = (get_image_model().objects.get(pk=image.pk) for _ in range(2))
    described.contextual_alt_text, described.decorative = "Mayors signing the charter", False
    decorative.contextual_alt_text, decorative.decorative = "", True
    index = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(parent=index, body=[("image", described), ("image", decorative)])
    html = client.get(news.url).content.decode()
    figures = re.findall(r'<figure class="figure">.*?</figure>', html, re.S)
    assert len(figures) == 2
    assert 'alt="Mayors signing the charter"' in figures[0] and 'type="image/webp"' in figures[0]
    assert 'alt=""' in figures[1]


def test_partner_logos_fall_back_to_png_to_keep_their_transparency(client, home_page, locales):
    index = PartnerIndexPageFactory(parent=home_page)
    PartnerFactory(number=1, logo=logo())
    html = client.get(index.url).content.decode()
    img = re.search(r'<img[^>]*class="partner__logo"[^>]*>', html).group(0)
    assert re.search(r'src="[^"]+\.png"', img) and 'sizes="160px"' in img and 'width="160"' in img


def _queries(client, url):
    client.get(url)  # makes any missing rendition and fills per-process caches
    # A cold rendition cache (after a deploy or an eviction) is when one query per image would show.
    caches["default"].clear()
    caches["renditions"].clear() if "renditions" in settings.CACHES else None
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("<picture>") >= 3
    return len(captured)


@pytest.mark.parametrize("listing", ["news", "good practices", "newsletter archive"])
def test_a_listing_with_images_costs_the_same_queries_with_3_and_12_items(client, home_page, listing):
    images = [small_photo(seed % 3) for seed in range(12)]
    if listing == "news":
        index = NewsIndexPageFactory(parent=home_page)
        add = lambda n: NewsPageFactory(parent=index, listing_image=images[n])  # noqa: E731
    elif listing == "good practices":
        index = GoodPracticeIndexPageFactory(parent=home_page)
        add = lambda n: GoodPracticePageFactory(parent=index, listing_image=images[n])  # noqa: E731
    else:
        index = home_page.add_child(instance=NewsletterIndexPage(title="Newsletter", slug="newsletter"))
        add = lambda n: NewsletterPageFactory(parent=index, listing_image=images[n])  # noqa: E731
    for n in range(3):
        add(n)
    three = _queries(client, index.url)
    for n in range(3, 12):
        add(n)
    assert _queries(client, index.url) == three


def test_the_home_page_teasers_cost_no_query_per_image(client, home_page):
    news_index = NewsIndexPageFactory(parent=home_page)
    practice_index = GoodPracticeIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news_index, listing_image=small_photo(0))
    GoodPracticePageFactory(parent=practice_index, listing_image=small_photo(1), is_featured=True)
    one_each = _queries_home(client, home_page.url)
    for seed in range(2):
        NewsPageFactory(parent=news_index, listing_image=small_photo(seed))
        GoodPracticePageFactory(parent=practice_index, listing_image=small_photo(seed), is_featured=True)
    assert _queries_home(client, home_page.url) == one_each


def _queries_home(client, url):
    client.get(url)
    caches["default"].clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_templates_use_only_the_documented_renditions():
    """Every rendition a template asks for is in pictures/specs.py, so warm_renditions makes it."""
    used_sets, used_specs = set(), set()
    for directory in TEMPLATE_DIRS:
        for template in directory.rglob("*.html"):
            text = template.read_text(encoding="utf-8")
            used_sets.update(re.findall(r'{%\s*responsive_image\s+\S+\s+"(\w+)"', text))
            for tag in re.findall(r"{%\s*(?:image|picture|srcset_image)\s+\S+\s+([^%]*)%}", text):
                used_specs.update(bit for bit in tag.split() if "=" not in bit and bit != "as" and "-" in bit)
    assert used_sets and used_sets <= set(PICTURE_SETS)
    assert used_specs <= set(all_specs()), used_specs - set(all_specs())


def test_warm_renditions_makes_every_rendition_once():
    image = small_photo()
    call_command("warm_renditions", verbosity=0)
    specs = set(image.renditions.values_list("filter_spec", flat=True))
    assert specs == set(all_specs())
    with CaptureQueriesContext(connection) as captured:
        call_command("warm_renditions", verbosity=0)
    assert image.renditions.count() == len(all_specs())
    assert len(captured) <= 3  # the images and their renditions, nothing per rendition
    assert get_image_model().objects.count() == 1
