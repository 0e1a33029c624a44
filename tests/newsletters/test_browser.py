"""Subscribing in a real browser: the footer form, the confirmation link, accessibility (axe-core)."""

import re
from pathlib import Path

import pytest

from newsletters.models import Subscriber
from tests.browser import axe_violations, format_violations, take_screenshots

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"


@pytest.fixture
def live_site(live_server, home_page, settings):
    """The Site record points at the live server, so links in e-mails open there."""
    from wagtail.models import Site

    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    settings.ALLOWED_HOSTS = ["*"]
    return live_server


def test_a_visitor_subscribes_from_the_footer_in_bulgarian_and_confirms(live_site, page, smtp, areas):
    page.goto(f"{live_site.url}/bg/")
    footer = page.locator(".footer-newsletter")
    footer.get_by_label("Имейл адрес").fill("petya@example.org")
    footer.get_by_role("button", name="Абониране").click()
    page.wait_for_url("**/bg/newsletter/subscribe/thanks/")
    assert page.locator("h1").inner_text() == "Проверете пощата си"

    [message] = smtp.to("petya@example.org")
    body = message.get_body(preferencelist=("plain",)).get_content()
    link = re.search(r"http://\S+/bg/newsletter/confirm/\S+/", body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Да, изпращайте ми бюлетина").click()
    assert page.locator("h1").inner_text() == "Абонаментът е потвърден"
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


@pytest.mark.parametrize("language", ["en", "el"])
def test_newsletter_pages_have_no_serious_accessibility_violations(live_site, page, areas, language):
    for path in ["", "newsletter/subscribe/"]:
        page.goto(f"{live_site.url}/{language}/{path}")
        violations = axe_violations(page)
        assert not violations, f"/{language}/{path}\n" + format_violations(violations)
    take_screenshots(page, SCREENSHOTS, f"newsletter-subscribe-{language}")
