"""Accessibility beyond the first page view, in every language: pages that show messages after an
action, forms that show errors, and a focus outline that can be seen on the dark header and footer.

axe-core runs on each of those pages (no serious or critical violations). The site's frame
(menu, footer, forums) is built once for the module (tests/factories/site.py); one browser
context is reused, its cookies cleared between languages.
"""

import re

from django.conf import settings

import pytest

from tests.browser import DESKTOP, PHONE, axe_violations, format_violations, live_site
from tests.factories.accounts import member
from tests.factories.forums import site_forum
from tests.factories.site import site_frame

# The content is committed by the module fixture; each test only reads it through the server.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]
LANGUAGES = [code for code, _name in settings.LANGUAGES]
PASSWORD = "correct horse battery staple"
MINIMUM_FOCUS_CONTRAST = 3.0  # WCAG 2.2, 1.4.11 non-text contrast and 2.4.13 focus appearance


def _site_with_members():
    site_frame()
    forum = site_forum("WG1")
    return {
        "members": {language: member(language).email for language in LANGUAGES},
        "new topic": f"/forum/forum/{forum.slug}-{forum.pk}/topic/create/",
    }


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with live_site(django_db_blocker, _site_with_members) as site:
        yield site


@pytest.fixture(scope="module")
def context(browser):
    context = browser.new_context(viewport=DESKTOP)
    yield context
    context.close()


@pytest.fixture
def page(context):
    """The module's one page, signed out, for the next language."""
    context.clear_cookies()
    page = context.pages[0] if context.pages else context.new_page()
    return page


def _assert_accessible(page, what):
    violations = axe_violations(page)
    assert not violations, f"{what} ({page.url})\n" + format_violations(violations)


def _submit(page, form):
    page.locator(f"{form} :is(button:not([type=button]), input[type=submit]):not([name=preview])").last.click()
    page.wait_for_load_state()


def _assert_shows_errors(page, what):
    assert page.locator(".form-errors, .field__error, .errorlist, .error").first.is_visible(), f"{what}: no error shown"
    _assert_accessible(page, what)


def _assert_shows_message(page, what):
    assert page.locator(".messages").is_visible(), f"{what}: no message shown"
    _assert_accessible(page, what)


@pytest.mark.parametrize("language", LANGUAGES)
def test_forms_showing_errors_have_no_serious_accessibility_violations(site, page, language):
    base, _content = site
    page.goto(f"{base}/{language}/accounts/signup/")
    # Valid as far as the browser can tell (it would not send the form otherwise), wrong for the server.
    page.fill("#id_email", "stakeholder@example.org")
    page.fill("#id_display_name", "Ελένη Παπαδοπούλου")
    page.fill("#id_password1", "short")
    page.fill("#id_password2", "different")
    _submit(page, "main form")
    _assert_shows_errors(page, "sign-up with errors")

    page.goto(f"{base}/{language}/accounts/login/")
    page.fill("#id_login", "nobody@example.org")
    page.fill("#id_password", "wrong password")
    _submit(page, "main form")
    _assert_shows_errors(page, "login with a wrong password")

    page.goto(f"{base}/{language}/newsletter/subscribe/")
    page.fill("main #id_email", "not an address")
    _submit(page, "main form")
    _assert_shows_errors(page, "newsletter subscription with errors")

    page.goto(f"{base}/{language}/search/?q=Zwischenablageverlaufsspeicher")
    assert page.locator("main").inner_text()
    _assert_accessible(page, "search without results")


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_showing_messages_have_no_serious_accessibility_violations(site, page, language):
    base, content = site
    page.goto(f"{base}/{language}/accounts/login/")
    page.fill("#id_login", content["members"][language])
    page.fill("#id_password", PASSWORD)
    _submit(page, "main form")
    _assert_shows_message(page, "signed in")

    page.goto(f"{base}/{language}{content['new topic']}")
    _submit(page, "main form")
    _assert_shows_errors(page, "new forum topic with errors")
    page.fill("#id_subject", "Wissenstransferkooperationsvereinbarungen")
    page.fill("#id_content", "Ποιες συμφωνίες μεταφοράς γνώσης λειτούργησαν;")
    _submit(page, "main form")
    _assert_shows_message(page, "forum topic posted")

    page.goto(f"{base}/{language}/newsletter/member/")
    page.check("#id_subscribed")
    _submit(page, "main form")
    _assert_shows_message(page, "subscribed to the newsletter")


# For every element the keyboard reaches: its outline, and the colours on both sides of it, read
# from what is painted at a point just outside and just inside the outline (a positioned element,
# such as the skip link over the header, does not show its parent's background). `clipped` tells
# whether a scrolling or clipping ancestor, such as the phone's menu row, cuts the outline off.
FOCUS_SCRIPT = """
() => {
    const element = document.activeElement;
    if (element === document.body || element.dataset.focusVisited) return null;
    element.dataset.focusVisited = "true";
    const style = getComputedStyle(element);
    const width = parseFloat(style.outlineWidth) || 0;
    const offset = parseFloat(style.outlineOffset) || 0;
    const box = element.getBoundingClientRect();
    const painted = (x, y) => {
        for (const layer of document.elementsFromPoint(x, y)) {
            const colour = getComputedStyle(layer).backgroundColor;
            if (!/rgba\\(.*,\\s*0\\)$/.test(colour) && colour !== "transparent") return colour;
        }
        return getComputedStyle(document.documentElement).backgroundColor;
    };
    const outer = offset + width + 1, inner = offset - 1;
    const y = box.top + box.height / 2;
    const leftSide = box.left - outer >= 0;
    const at = (distance) => leftSide ? box.left - distance : box.right + distance;
    let clipped = null;
    const reach = offset + width;
    for (let node = element.parentElement; node && !clipped; node = node.parentElement) {
        if (getComputedStyle(node).overflowX === "visible") continue;
        const clip = node.getBoundingClientRect();
        if (box.left - reach < clip.left - 0.5 || box.right + reach > clip.right + 0.5
            || box.top - reach < clip.top - 0.5 || box.bottom + reach > clip.bottom + 0.5) {
            const edges = (rect) => [rect.left, rect.top, rect.right, rect.bottom].map(Math.round).join(",");
            clipped = `${node.localName}.${node.className} [${edges(clip)}] cuts off the outline`
                + ` of [${edges(box)}] ± ${reach}px`;
        }
    }
    const classes = [...element.classList].map((name) => "." + name).join("");
    return {
        element: `${element.localName}${classes} "${(element.innerText || element.value || "").trim().slice(0, 30)}"`,
        style: style.outlineStyle,
        width,
        colour: style.outlineColor,
        outside: painted(at(outer), y),
        inside: painted(at(inner), y),
        clipped,
    };
}
"""


def _luminance(colour):
    red, green, blue = (int(part) / 255 for part in re.findall(r"[\d.]+", colour)[:3])
    linear = [part / 12.92 if part <= 0.04045 else ((part + 0.055) / 1.055) ** 2.4 for part in (red, green, blue)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(first, second):
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _focus_problems(page):
    """Tab through the page once and describe each focus outline that cannot be seen well."""
    problems = []
    for _press in range(200):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_SCRIPT)
        if focus is None:  # back where it started: every focusable element has had its turn
            break
        if focus["style"] == "none" or focus["width"] < 2:
            problems.append(f"{focus['element']}: no visible outline ({focus['style']} {focus['width']}px)")
            continue
        if focus["clipped"]:
            problems.append(f"{focus['element']}: {focus['clipped']}")
        for side in ("outside", "inside"):
            ratio = _contrast(focus["colour"], focus[side])
            if ratio < MINIMUM_FOCUS_CONTRAST:
                problems.append(
                    f"{focus['element']}: outline {focus['colour']} on {focus[side]} ({side}) is {ratio:.2f}:1"
                )
    return problems


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_focus_outline_contrasts_with_the_colours_around_it_on_every_focusable_element(site, page, viewport):
    base, _content = site
    page.set_viewport_size(viewport)
    try:
        problems = []
        for path in ["/bg/", "/bg/news/"]:
            page.goto(base + path)
            problems += [f"{path} {problem}" for problem in _focus_problems(page)]
    finally:
        page.set_viewport_size(DESKTOP)
    assert not problems, "Focus outlines that are hard to see:\n" + "\n".join(problems)
