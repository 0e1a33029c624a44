"""Every per-client limit counts the visitor behind the proxies, and all workers count together."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import RequestFactory

import pytest

from tests.test_deployment import manage

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PROXY = "10.0.0.2"


def address(settings, proxies, forwarded_for=None, remote=PROXY):
    from core.ratelimit import client_address

    settings.TRUSTED_PROXY_COUNT = proxies
    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for is not None else {}
    return client_address(RequestFactory().get("/", REMOTE_ADDR=remote, **headers))


def test_without_trusted_proxies_the_forwarded_header_is_ignored(settings):
    assert address(settings, 0, "203.0.113.5") == PROXY


def test_behind_one_proxy_the_address_it_appended_counts_and_what_the_visitor_wrote_does_not(settings):
    assert address(settings, 1, "203.0.113.5") == "203.0.113.5"
    assert address(settings, 1, "1.2.3.4, 203.0.113.5") == "203.0.113.5"
    assert address(settings, 1, "1.2.3.4,5.6.7.8,   203.0.113.5") == "203.0.113.5"


def test_behind_two_proxies_the_outer_ones_entry_counts(settings):
    assert address(settings, 2, "1.2.3.4, 203.0.113.5, 198.51.100.1") == "203.0.113.5"
    assert address(settings, 2, "203.0.113.5") == "203.0.113.5"  # the outer proxy was skipped


@pytest.mark.parametrize("header", ["", "garbage", "1.2.3.4, not-an-address", ",,,", "x" * 10_000, "::ffff:zz"])
def test_a_broken_forwarded_header_falls_back_to_the_peer(settings, header):
    assert address(settings, 1, header) == PROXY


def test_ipv6_addresses_are_normalised(settings):
    assert address(settings, 1, "2001:DB8:0:0:0:0:0:1") == "2001:db8::1"


def signup(client, n, visitor, spoofed="1.1.1.1"):
    data = {"email": f"person{n}@example.org", "name": "", "language": "en", "website": ""}
    return client.post(
        "/en/newsletter/subscribe/", data, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"{spoofed}, {visitor}"
    )


def test_one_visitor_behind_the_proxy_cannot_use_up_everyones_newsletter_signups(client, home_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 3
    statuses = [signup(client, n, "203.0.113.5", spoofed=f"1.1.1.{n}").status_code for n in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert signup(client, 9, "198.51.100.9").status_code == 302


def test_one_visitor_behind_the_proxy_cannot_use_up_everyones_failed_logins(client, home_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "3/m/ip"}

    def refused(n, visitor):
        data = {"login": f"nobody{n}@example.org", "password": "wrong"}
        headers = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"9.9.9.{n}, {visitor}"}
        return "Too many failed login attempts" in client.post("/en/accounts/login/", data, **headers).content.decode()

    assert [refused(n, "203.0.113.5") for n in range(4)] == [False, False, False, True]
    assert not refused(9, "198.51.100.9")


def test_a_page_password_guesser_behind_the_proxy_is_counted_alone(client, site_tree, settings):
    from wagtail.models import PageViewRestriction

    settings.TRUSTED_PROXY_COUNT = 1
    settings.PAGE_PASSWORD_ATTEMPTS = (2, 900)
    page = site_tree["news"]
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")
    url = f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"

    def guess(password, visitor, n=0):
        data = {"password": password, "return_url": page.url}
        return client.post(url, data, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"8.8.8.{n}, {visitor}").status_code

    assert [guess("wrong", "203.0.113.5", n) for n in range(3)] == [200, 200, 429]
    assert guess("secret", "198.51.100.9") == 302


def test_a_searcher_behind_the_proxy_is_counted_alone(client, site_tree, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.SEARCH_REQUESTS_PER_MINUTE = 2

    def search(visitor, n=0):
        headers = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"7.7.7.{n}, {visitor}"}
        return client.get("/en/search/", {"q": "cluster"}, **headers).status_code

    assert [search("203.0.113.5", n) for n in range(3)] == [200, 200, 429]
    assert search("198.51.100.9") == 200


def test_only_the_one_helper_reads_the_peer_address():
    """A limit that read REMOTE_ADDR itself would count the proxy: every one asks core.ratelimit."""
    readers = [
        str(path.relative_to(ROOT))
        for package in ROOT.glob("*/__init__.py")
        if package.parent.name != "tests"
        for path in package.parent.rglob("*.py")
        if "REMOTE_ADDR" in path.read_text() and path != ROOT / "core" / "ratelimit.py"
    ]
    assert readers == []


def test_two_processes_count_the_same_client_in_the_shared_cache(client, home_page, settings, redis_cache):
    """What two gunicorn workers do: each counts in Redis, so the limit holds across them."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 3
    other_worker = (
        "import sys, django; django.setup()\n"
        "from django.test.utils import override_settings\n"
        "from core import ratelimit\n"
        "redis = {'BACKEND': 'django.core.cache.backends.redis.RedisCache', 'LOCATION': sys.argv[1]}\n"
        "with override_settings(CACHES={'default': redis}):\n"
        "    for _ in range(3): ratelimit.hit('newsletter-signup', '203.0.113.5', 3600)\n"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    subprocess.run(
        [sys.executable, "-c", other_worker, redis_cache], cwd=ROOT, env=environment, check=True, timeout=120
    )

    assert signup(client, 1, "203.0.113.5").status_code == 429
    assert signup(client, 2, "198.51.100.9").status_code == 302


def test_production_refuses_to_start_without_a_shared_cache():
    settings = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "example.org", "SITE_URL": "https://example.org"}
    for cache_url in ("", "locmemcache://", "dummycache://", "filecache:///tmp/cache"):
        result = manage("check", CACHE_URL=cache_url, **settings)
        assert result.returncode != 0, cache_url
        assert "CACHE_URL" in result.stderr
    assert manage("check", CACHE_URL="redis://127.0.0.1:6379/1", **settings).returncode == 0
