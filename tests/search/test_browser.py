"""The search page in a real browser: without JavaScript, with suggestions, and accessible."""

from pathlib import Path

import pytest

from tests.browser import axe_violations, format_violations, take_screenshots
from tests.search.indexing import index_now

# The engine is on before the module's site tree is built: its pages wait in the queue of updates.
pytestmark = [pytest.mark.browser, pytest.mark.django_db, pytest.mark.usefixtures("engine_on_for_the_module")]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"


def test_search_and_facets_work_without_javascript(site_tree_server, browser, search_engine, site_tree):
    index_now()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site_tree_server}/en/")
        page.fill("#site-search", "cluster policy")
        page.locator(".site-header .search-form button").click()
        page.wait_for_url("**/en/search/?q=cluster+policy")
        assert "Cluster policy learning starts" in page.locator(".search-results").inner_text()
        page.locator(".search-facet a", has_text="News").click()
        page.wait_for_url("**type=news**")
        assert page.locator(".search-result__title").all_inner_texts() == ["Cluster policy learning starts"]
        assert page.locator(".search-facet a.is-selected").count() == 1
    finally:
        context.close()


def test_header_box_suggests_titles_while_typing(site_tree_server, page, search_engine, site_tree):
    index_now()
    page.goto(f"{site_tree_server}/bg/")
    page.locator("#site-search").press_sequentially("vouch", delay=30)
    option = page.get_by_role("option", name="Innovation vouchers")
    option.wait_for()
    assert page.locator("#site-search").get_attribute("aria-expanded") == "true"
    page.locator("#site-search").press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**/bg/good-practices/vouchers/")


@pytest.mark.parametrize("language", ["en", "bg", "el"])
def test_search_page_has_no_serious_accessibility_violations(
    site_tree_server, page, search_engine, site_tree, language
):
    index_now()
    page.goto(f"{site_tree_server}/{language}/search/?q=cluster")
    violations = axe_violations(page)
    assert not violations, format_violations(violations)
    take_screenshots(page, SCREENSHOTS, f"search-{language}")


def test_a_misspelt_search_offers_the_word_it_resembles(site_tree_server, page, search_engine, site_tree):
    index_now()
    page.goto(f"{site_tree_server}/en/search/?q=vouchrs")
    assert "These results contain similar words." in page.locator(".search-main").inner_text()
    assert page.locator(".search-result__title").all_inner_texts() == ["Innovation vouchers"]
    violations = axe_violations(page)
    assert not violations, format_violations(violations)
    page.get_by_role("link", name="vouchers", exact=True).click()
    page.wait_for_url("**/en/search/?q=vouchers")
    assert page.locator(".search-result__title").all_inner_texts() == ["Innovation vouchers"]
    assert page.locator(".search-did-you-mean").count() == 0
