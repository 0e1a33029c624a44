"""The footer signup from a page a shared cache may keep, in a real Chromium, with and without JavaScript."""

import pytest

from newsletters.models import Subscriber
from tests.browser import DESKTOP, live_site
from tests.factories.site import site_frame

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with live_site(django_db_blocker, site_frame) as served:
        yield served


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_visitor_subscribes_from_the_footer_of_a_public_page_and_gets_no_cookie(browser, site, javascript):
    url, _pages = site
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=javascript)
    try:
        page = context.new_page()
        response = page.goto(f"{url}/el/")
        assert response.headers["cache-control"].startswith("public")
        assert not context.cookies()

        email = f"eleni-{'js' if javascript else 'nojs'}@example.org"
        footer = page.locator(".footer-newsletter")
        footer.locator("input[name=email]").fill(email)
        footer.locator("button[type=submit]").click()
        page.wait_for_url("**/el/newsletter/subscribe/thanks/")

        assert not context.cookies()
        assert Subscriber.objects.get(email=email).language == "el"
    finally:
        context.close()
