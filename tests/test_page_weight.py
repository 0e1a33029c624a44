"""Every public page type stays within a weight budget on a phone, images included.

A fresh browser (empty cache) loads each page at 390 px wide and twice the pixel density,
the way most phones show it, and adds up what it transferred, by kind, from Chromium's
network events (body sizes as sent, headers left out). Images below the fold are lazy, so
they do not count until the visitor scrolls; the images loaded must not be much wider than
the screen shows them. The test server does not compress, so HTML is weighed uncompressed,
which is stricter than production behind the compressing proxy.

The figures are printed (run with -s) and written to test-results/page-weight-<lang>.txt.
"""

import datetime
from pathlib import Path

from django.core.management import call_command
from django.utils import translation

from wagtail.models import Locale

import pytest

from tests.browser import PHONE, live_site, take_screenshots

pytestmark = [pytest.mark.browser, pytest.mark.django_db, pytest.mark.slow_setup]

LANGUAGES = ["en", "bg"]
DEVICE_SCALE_FACTOR = 2
KB = 1024
BUDGET = {"total": 500 * KB, "document": 60 * KB, "script": 50 * KB}
# An image may be this many times wider than the pixels that show it (width x density):
# renditions come in a few fixed widths, so some slack is expected, but not a photograph
# of a camera's size in a thumbnail.
MAX_OVERSIZE = 2
RESULTS = Path(__file__).resolve().parent.parent / "test-results"
# Pages to look at by eye: the listing with the most pictures and the page with the largest one.
SCREENSHOTS = {"news_index", "news"}
PAGES_PER_LISTING = 12

# Every <img> the browser has fetched: its file's width against its width on the screen.
IMAGES_SCRIPT = """
() => [...document.images].filter((img) => img.currentSrc && img.complete).map((img) => ({
    src: img.currentSrc,
    natural: img.naturalWidth,
    shown: img.getBoundingClientRect().width,
    missingSize: !img.getAttribute("width") || !img.getAttribute("height"),
}))
"""


def _build():
    from tests.factories.knowledge import NewsPageFactory
    from tests.factories.site import every_page_type
    from tests.site_tree import sync_locales

    pages = every_page_type(images=True)
    # A full page of the news listing, every item with its photograph.
    photo = pages["news"].listing_image
    for day in range(1, PAGES_PER_LISTING):
        NewsPageFactory(
            parent=pages["news_index"], date=datetime.date(2026, 1, day), listing_image=photo, title=f"News {day}"
        )
    sync_locales(LANGUAGES[1:])
    # As production does after a deploy: the first visit then measures the page, not the resizing.
    call_command("warm_renditions", verbosity=0)
    return pages


def _addresses(pages, language):
    """The public page types, as a visitor of `language` reaches them."""
    locale = Locale.objects.get(language_code=language)
    wanted = [
        "home",
        "news_index",
        "news",
        "event_index",
        "event",
        "practice_index",
        "practice",
        "deliverable_index",
        "deliverable",
        "partner_index",
        "standard",
        "newsletter_index",
        "newsletter",
    ]
    with translation.override(language):
        addresses = {name: pages[name].get_translation(locale).get_url() for name in wanted}
    topic = pages["topic"]
    forum = topic.forum
    addresses.update(
        {
            "search": f"/{language}/search/?q=cluster",
            "forum index": f"/{language}/forum/",
            "topic": f"/{language}/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/",
        }
    )
    return addresses


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with live_site(django_db_blocker, _build) as (url, pages):
        with django_db_blocker.unblock():
            addresses = {language: _addresses(pages, language) for language in LANGUAGES}
        yield url, addresses


def _weigh(browser, url, screenshot=None):
    """Load `url` in a fresh phone-sized browser; return bytes by kind and the images shown.

    With `screenshot` (a name), the page is saved as test-results/screenshots/<name>-phone.png,
    after the weighing, so the images scrolled into view do not count.
    """
    context = browser.new_context(viewport=PHONE, device_scale_factor=DEVICE_SCALE_FACTOR)
    try:
        page = context.new_page()
        finished = []
        page.on("requestfinished", lambda request: finished.append(request))
        response = page.goto(url, wait_until="load")
        assert response.ok, f"{url} answered {response.status}"
        page.wait_for_load_state("networkidle")
        weights = {"total": 0}
        for request in finished:
            body = request.sizes()["responseBodySize"]
            kind = request.resource_type
            weights[kind] = weights.get(kind, 0) + body
            weights["total"] += body
        images = page.evaluate(IMAGES_SCRIPT)
        if screenshot:
            # Scrolled once to the end, so that the lazy images are in the picture too.
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_load_state("networkidle")
            page.evaluate("window.scrollTo(0, 0)")
            take_screenshots(page, RESULTS / "screenshots", screenshot, viewports={"phone": PHONE})
        return weights, images
    finally:
        context.close()


def _row(name, weights):
    kinds = ("document", "stylesheet", "script", "image", "font")
    cells = " ".join(f"{kind[:5]} {weights.get(kind, 0) / KB:6.1f}" for kind in kinds)
    return f"{name:18} total {weights['total'] / KB:6.1f} KB | {cells}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_stays_within_the_weight_budget_on_a_phone(site, browser, language):
    base, addresses = site
    problems, table = [], []
    for name, path in addresses[language].items():
        weights, images = _weigh(browser, base + path, f"weight-{name}-{language}" if name in SCREENSHOTS else None)
        table.append(_row(name, weights))
        for kind, limit in BUDGET.items():
            if weights.get(kind, 0) > limit:
                problems.append(f"{name} {path}: {kind} {weights[kind] / KB:.1f} KB > {limit / KB:.0f} KB")
        for image in images:
            if image["missingSize"]:
                problems.append(f"{name}: {image['src']} has no width or height (the layout shifts)")
            needed = image["shown"] * DEVICE_SCALE_FACTOR
            if image["shown"] and image["natural"] > MAX_OVERSIZE * needed:
                problems.append(
                    f"{name}: {image['src']} is {image['natural']} px wide, shown in {needed:.0f} device pixels"
                )
    report = f"Page weight at {PHONE['width']} px, {DEVICE_SCALE_FACTOR}x, {language} (KB):\n" + "\n".join(table)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"page-weight-{language}.txt").write_text(report + "\n", encoding="utf-8")
    print("\n" + report)
    assert not problems, "\n".join(problems) + "\n\n" + report
