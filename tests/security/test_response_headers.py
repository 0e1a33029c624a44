"""B.1: the security headers on every page type, the forum and the account pages, and HSTS in production."""

import secrets

import pytest

from tests.demo_site.test_cache_control import public_urls
from tests.factories.forums import site_forum, topic_with_posts
from tests.factories.knowledge import StandardPageFactory
from tests.factories.newsletters import NewsletterIndexPageFactory, NewsletterPageFactory
from tests.test_deployment import _setting

ONE_YEAR = 60 * 60 * 24 * 365


@pytest.fixture
def every_page_type(site_tree, forums):
    home = site_tree["home"]
    StandardPageFactory(parent=home, title="About the project", slug="about")
    NewsletterPageFactory(parent=NewsletterIndexPageFactory(parent=home), body=[("text", "<p>Pilot results.</p>")])
    topic = topic_with_posts(forum=site_forum("WG3"), replies=1)
    urls = public_urls("en", topic) + ["/en/search/?q=cluster", "/en/accounts/login/", "/en/accounts/signup/"]
    assert len(urls) > 15
    return urls


def _policy(response):
    policy = response.get("Content-Security-Policy", "")
    return dict((part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";") if part.strip())


def test_every_page_type_sends_nosniff_referrer_policy_framing_and_a_content_security_policy(client, every_page_type):
    for url in every_page_type:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", url
        policy = _policy(response)
        assert policy, f"{url}: no Content-Security-Policy"
        assert response.get("X-Frame-Options") in ("DENY", "SAMEORIGIN") or policy.get("frame-ancestors") in (
            "'none'",
            "'self'",
        ), url
        assert "unsafe-inline" not in policy.get("script-src", ""), url


def test_the_same_headers_reach_a_signed_in_member(client, every_page_type):
    from tests.factories.accounts import member

    client.force_login(member(groups=["Partners"]))
    for url in ["/en/", "/en/forum/", "/en/accounts/profile/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert "Referrer-Policy" in response and "Content-Security-Policy" in response, url


def test_production_settings_configure_hsts_and_https_only():
    environment = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "example.org",
        "SITE_URL": "https://example.org",
        "CACHE_URL": "redis://127.0.0.1:6379/1",
    }
    values = _setting(
        "SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS, settings.SECURE_SSL_REDIRECT",
        "production",
        **environment,
    )
    assert values == f"{ONE_YEAR} True True"


def test_hsts_is_sent_on_https_responses_when_configured(client, home_page, settings):
    settings.SECURE_HSTS_SECONDS = ONE_YEAR
    response = client.get("/en/", secure=True)
    assert response["Strict-Transport-Security"].startswith(f"max-age={ONE_YEAR}")
