"""The knowledge base in a real browser: accessibility (axe-core) and responsive layout."""

from pathlib import Path

import pytest

from tests.browser import axe_violations, format_violations, take_screenshots

pytestmark = [pytest.mark.browser, pytest.mark.django_db]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"


@pytest.mark.parametrize("language", ["en", "bg", "el"])
def test_home_listing_and_detail_pages_have_no_serious_accessibility_violations(
    site_tree_server, page, site_tree, language
):
    for path in ["", "news/", "news/kick-off/", "events/workshop/", "deliverables/", "good-practices/vouchers/"]:
        page.goto(f"{site_tree_server}/{language}/{path}")
        violations = axe_violations(page)
        assert not violations, f"/{language}/{path}\n" + format_violations(violations)
    take_screenshots(page, SCREENSHOTS, f"news-{language}")


def test_keyboard_user_can_skip_to_content_and_switch_language(site_tree_server, page, site_tree):
    page.goto(f"{site_tree_server}/en/news/kick-off/")
    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"

    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="Български").click()
    page.wait_for_url("**/bg/news/kick-off/")
    assert page.locator("html").get_attribute("lang") == "bg"
    assert page.locator(".notice--untranslated").is_visible()


def test_filters_work_without_javascript(site_tree_server, browser, site_tree):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site_tree_server}/en/news/")
        page.select_option("#id_area", "WG1")
        page.get_by_role("button", name="Apply filters").click()
        page.wait_for_url("**/en/news/?area=WG1**")
        assert page.locator(".card").count() == 0
        page.select_option("#id_area", "WG3")
        page.get_by_role("button", name="Apply filters").click()
        assert page.locator(".card__title").all_inner_texts() == ["Cluster policy learning starts"]
    finally:
        context.close()
