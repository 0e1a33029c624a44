"""Every page type and listing fits a phone's width, in every language.

The content is built once for the module with the longest real words the partners
write (tests/factories/site.py); one browser page visits every address of a locale.
"""

from pathlib import Path

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale

import pytest

from tests.browser import PHONE, live_site, take_screenshots

# The content is committed by the module fixture; each test only reads it through the server.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]
LANGUAGES = [code for code, _name in settings.LANGUAGES]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "test-results" / "screenshots"

# Names the elements that stick out of the viewport: the outermost one of each branch
# (whose parent still fits) and, inside it, the element that reaches furthest, which is
# usually the long word or the table that pushed it out. Content inside a scroll
# container or a clipping box does not widen the page and is left out.
OVERFLOW_SCRIPT = """
() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const limit = root.clientWidth + 0.5;
    const clipped = (element) => {
        for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
            if (getComputedStyle(node).overflowX !== "visible") return true;
        }
        return false;
    };
    const overflows = (element) => element.getBoundingClientRect().right > limit && !clipped(element);
    const describe = (element) => {
        const classes = [...element.classList].map((name) => "." + name).join("");
        const text = (element.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40);
        const width = Math.round(element.getBoundingClientRect().right);
        return `${element.localName}${element.id ? "#" + element.id : ""}${classes} (right edge ${width}px) "${text}"`;
    };
    const offenders = [...document.body.querySelectorAll("*")].filter(
        (element) => overflows(element) && !overflows(element.parentElement)
    );
    return {
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
        elements: offenders.slice(0, 5).map((outer) => {
            const inner = [outer, ...outer.querySelectorAll("*")].filter(overflows).reduce((widest, element) =>
                element.getBoundingClientRect().right >= widest.getBoundingClientRect().right ? element : widest
            );
            return inner === outer ? describe(outer) : `${describe(outer)} <- ${describe(inner)}`;
        }),
    };
}
"""


def _addresses(pages, language):
    """Every page type and listing of the site, as a visitor of `language` reaches them."""
    locale = Locale.objects.get(language_code=language)
    topic = pages["topic"]
    forum = topic.forum
    with translation.override(language):
        addresses = {name: page.get_translation(locale).get_url() for name, page in pages.items() if name != "topic"}
    prefix = f"/{language}"
    addresses.update(
        {
            "subscribe": f"{prefix}/newsletter/subscribe/",
            "search results": f"{prefix}/search/?q=Wettbewerbsfähigkeitsverbesserungsmaßnahmen",
            "forum index": f"{prefix}/forum/",
            "forum": f"{prefix}/forum/forum/{forum.slug}-{forum.pk}/",
            "topic": f"{prefix}/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/",
            "login": f"{prefix}/accounts/login/",
            "sign-up": f"{prefix}/accounts/signup/",
        }
    )
    return addresses


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    from tests.factories.site import every_page_type

    with live_site(django_db_blocker, every_page_type) as (url, pages):
        yield url, {language: _addresses(pages, language) for language in LANGUAGES}


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_is_wider_than_a_phone(site, phone, language):
    base, addresses = site
    too_wide = []
    for name, path in addresses[language].items():
        response = phone.goto(base + path)
        assert response.ok, f"{name}: {path} answered {response.status}"
        overflow = phone.evaluate(OVERFLOW_SCRIPT)
        if overflow:
            too_wide.append(
                f"{name} {path}: {overflow['scrollWidth']}px wide in {overflow['clientWidth']}px\n    "
                + "\n    ".join(overflow["elements"])
            )
        if name == "deliverable_index":  # the listing that overflowed most, for a look by eye
            take_screenshots(phone, SCREENSHOTS, f"deliverables-{language}")
    assert not too_wide, f"Pages wider than a {PHONE['width']}px phone:\n" + "\n".join(too_wide)
