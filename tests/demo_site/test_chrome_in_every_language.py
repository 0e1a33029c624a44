"""The site's own words in every language, read in a real browser on the demo site.

A visitor reading in Bulgarian or Greek must meet no English in the navigation,
the headings of the listings, the back-links, the footer, the page titles or the
buttons. English is allowed only where the site says so: content that nobody has
translated yet is shown in English inside an element marked lang="en".

The browser visits the demo site on the live server of this package (conftest.py).
"""

import re

from django.conf import settings

from wagtail.models import Locale

import pytest

from home.models import HomePage
from knowledge.models import DeliverablePage, EventPage, GoodPracticePage, NewsPage
from newsletters.models import NewsletterPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db, pytest.mark.slow_setup]

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

# Words of the site's chrome in English. Matched as whole words, case-sensitively.
ENGLISH_UI_WORDS = [
    "Home",
    "About",
    "News",
    "All news",
    "Latest news",
    "Events",
    "All events",
    "Upcoming events",
    "Deliverables",
    "Good practices",
    "Newsletter",
    "Newsletters",
    "Subscribe",
    "Partners",
    "Work packages",
    "Working groups",
    "Objectives",
    "Governance",
    "Contact",
    "Privacy",
    "Accessibility",
    "Legal notice",
    "Search",
    "Filter",
    "Apply filters",
    "Read more",
    "Back to",
    "Previous",
    "Next",
    "Sign in",
    "Sign up",
    "Log in",
    "Register",
    "Language",
    "Funding",
    "co-financed",
    "Regional Development Fund",
    "Forum",
    "Forums",
    "Topics",
    "Posts",
    "Last post",
    "Not yet translated",
    "Skip to main content",
]
# Languages whose own word is spelt the same as the English one.
SAME_WORD = {
    "Newsletter": {"de", "it", "sk", "hr"},
    "Forum": {"de", "it", "ro", "sl", "sq", "hr"},
    "Contact": {"ro"},
    "Filter": {"de"},
}

# The site's chrome: the browser title, the header with the menus, the footer, navigation anywhere (back-links,
# pagination), the headings of the page outside its body text, forms, buttons, notices and badges. Body text
# (.prose, introductions) is content: a translation may well use a word spelt like an English one.
CHROME = (
    ".skip-link, header.site-header, footer.site-footer, nav, .page-header__parent, main h1, main h2:not(.prose *),"
    " form, button, .button, .notice, .badge, .result-count, .feeds, caption, thead"
)

# Each text and attribute a visitor reads (or hears) in the chrome, with where it is. Text inside an element
# whose language is English (lang="en…", untranslated content) is left out.
CHROME_WORDING = """(chrome) => {
    const isEnglish = (element) => {
        const owner = element.closest("[lang]");
        return owner !== null && owner.lang.toLowerCase().startsWith("en");
    };
    const where = (element) => {
        const region = element.closest("header, nav, footer, form, main, aside");
        const name = (e) => e.tagName.toLowerCase() + (e.className && typeof e.className === "string"
            ? "." + e.className.trim().split(/\\s+/).join(".") : "");
        return (region && region !== element ? name(region) + " > " : "") + name(element);
    };
    const found = [{where: "title", text: document.title}];
    const seenText = new Set(), seenElements = new Set();
    const attributes = ["aria-label", "title", "placeholder", "alt", "data-suggest-label", "data-untranslated-label"];
    for (const region of document.body.querySelectorAll(chrome)) {
        const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (seenText.has(node) || ["SCRIPT", "STYLE"].includes(parent.tagName) || isEnglish(parent)) continue;
            seenText.add(node);
            const text = node.textContent.replace(/\\s+/g, " ").trim();
            if (text) found.push({where: where(parent), text});
        }
        for (const element of [region, ...region.querySelectorAll("*")]) {
            if (seenElements.has(element) || isEnglish(element)) continue;
            seenElements.add(element);
            for (const attribute of attributes) {
                const value = element.getAttribute(attribute);
                if (value) found.push({where: where(element) + "[" + attribute + "]", text: value});
            }
            if (element.matches("input[type=submit], input[type=button], button") && element.value) {
                found.push({where: where(element) + "[value]", text: element.value});
            }
        }
    }
    return found;
}"""


def english_words_in(wording, language):
    """(where, word, text) for each English UI word found in the wording of a page in `language`."""
    patterns = [
        (word, re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])"))
        for word in ENGLISH_UI_WORDS
        if language not in SAME_WORD.get(word, set())
    ]
    return [
        (item["where"], word, item["text"][:120])
        for item in wording
        for word, pattern in patterns
        if pattern.search(item["text"])
    ]


@pytest.fixture(scope="module")
def browser_page(browser):
    """One page in one browser context for every visit of this module."""
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


def visits(english_home, language):
    """The home page, every page under it (listings, about, legal pages), one page of each kind, search, forums."""
    locale = Locale.objects.get(language_code=language)
    english_pages = [english_home, *english_home.get_children().live()]
    for model in [NewsPage, EventPage, DeliverablePage, GoodPracticePage, NewsletterPage]:
        example = model.objects.filter(locale=english_home.locale).live().order_by("path")
        if model is DeliverablePage:
            example = example.filter(dissemination_level="PU")
        english_pages += example[:1]
    urls = [page.get_translation(locale).get_url() for page in english_pages]
    return [*urls, f"/{language}/search/?q=cluster", f"/{language}/forum/"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitor_reads_no_english_ui_words(demo_site, browser_page, language):
    base_url, english_home = demo_site.url, HomePage.objects.get(locale__language_code="en")
    found = []
    for url in visits(english_home, language):
        response = browser_page.goto(base_url + url, wait_until="domcontentloaded")
        assert response.status == 200, url
        assert browser_page.locator("html").get_attribute("lang") == language, url
        wording = browser_page.evaluate(CHROME_WORDING, CHROME)
        found += [(url, *finding) for finding in english_words_in(wording, language)]
    assert not found, f"English UI words on the {language} site:\n" + "\n".join(
        f"  {url}  {where}: {word!r} in {text!r}" for url, where, word, text in found
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_title_is_in_the_visitors_language(demo_site, browser_page, language):
    base_url, english_home = demo_site.url, HomePage.objects.get(locale__language_code="en")
    browser_page.goto(f"{base_url}/{language}/", wait_until="domcontentloaded")
    assert browser_page.title()
    assert english_home.seo_title not in browser_page.title()
