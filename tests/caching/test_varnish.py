"""The real Varnish (scripts/varnish.sh, deploy/varnish/default.vcl) in front of the site.

The home page and the news listing in all twelve locales (the Bulgarian listing translated, under
a slug of its own) are served for the whole module; Varnish runs in front of that server, keeps
what the application's Cache-Control allows, and is purged by the application as in production.
Content changes go through Wagtail's own API in this process, so the purge comes from where an
editor's would.
"""

import datetime
import http.client
import os
import subprocess
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.test import Client, override_settings

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

import pytest
import requests

from home.models import SiteSettings
from knowledge.models import NewsIndexPage, NewsPage
from tests.browser import live_site
from tests.factories.accounts import member
from tests.factories.knowledge import NewsIndexPageFactory
from tests.factories.site import default_site
from tests.factories.translation import translate
from tests.site_tree import sync_locales
from tests.waiting import wait_until
from translations.locale_trees import create_missing_counterparts

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPT = REPO_ROOT / "scripts" / "varnish.sh"
PURGE_DEADLINE = 2.0  # seconds from a publish to the cached pages showing it

# The content is committed by the module fixture; each test reads it in its own transaction and
# commits its changes from another thread (_committed), as an editor's request would.
pytestmark = pytest.mark.django_db


def _in_ci():
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def _site():
    """The home page and the news listing in every locale (aliases of the English ones), the Bulgarian
    listing translated, and the footer's settings."""
    home, _locales = default_site()
    pages = {"home": home, "news_index": NewsIndexPageFactory(parent=home, show_in_menus=True)}
    footer = SiteSettings.for_site(home.get_site())
    footer.contact_email = "office@clusterpolisee.example.eu"
    footer.save()
    sync_locales()
    # Every locale follows English, as in production: a new English page gets its eleven aliases.
    english = Locale.get_default()
    for locale in Locale.objects.exclude(pk=english.pk):
        LocaleSynchronization.objects.create(locale=locale, sync_from=english)
    names = {"News": "Новини", "news": "novini"}
    translate(pages["news_index"], _bulgarian(), lambda text: names.get(text, text))
    return {"news_index": pages["news_index"], "home": pages["home"], "footer": footer}


def _varnish(command, environment):
    return subprocess.run(
        [str(SCRIPT), command], env={**os.environ, **environment}, capture_output=True, text=True, timeout=300
    )


@contextmanager
def varnish_in_front_of(server_url):
    """Varnish started by scripts/varnish.sh in front of `server_url`, purged by the application; yields its URL."""
    environment = {
        "VARNISH_PORT": os.environ.get("TEST_VARNISH_PORT", "6181"),
        "VARNISH_BACKENDS": f"127.0.0.1:{urlsplit(server_url).port}",
    }
    started = _varnish("start", environment)
    if started.returncode != 0:
        message = f"Varnish did not start: {started.stdout}{started.stderr}"
        if _in_ci():
            pytest.fail(message + " (CI=true, so this is an error, not a skip)", pytrace=False)
        pytest.skip(message)
    varnish_url = _varnish("url", environment).stdout.strip()
    backend = {"BACKEND": "purging.backends.VarnishBackend", "LOCATION": varnish_url}
    try:
        with override_settings(WAGTAILFRONTENDCACHE={"varnish": backend}):
            yield varnish_url
    finally:
        _varnish("stop", environment)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Varnish's URL, the English pages and the paths of the pages the tests warm."""
    with (
        live_site(django_db_blocker, _site) as (server_url, pages),
        varnish_in_front_of(server_url) as varnish_url,
    ):
        index, home = pages["news_index"], pages["home"]
        with django_db_blocker.unblock():
            urls = {
                "english listing": index.url,
                "bulgarian listing": index.get_translation(_bulgarian()).url,
                "home": home.url,
                "bulgarian home": home.get_translation(_bulgarian()).url,
                "feed": index.url + index.reverse_subpage("rss"),
            }
        yield {"varnish": varnish_url, "pages": pages, "urls": urls}


def _bulgarian():
    return Locale.objects.get(language_code="bg")


def _committed(change):
    """Run `change` on a connection of its own and commit it: the server sees it and the purge is sent."""
    from django.db import connection

    outcome = {}

    def run():
        try:
            outcome["result"] = change()
        except BaseException as error:  # noqa: BLE001 - raised again in the test's thread
            outcome["error"] = error
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def _get(site, path, **kwargs):
    return requests.get(site["varnish"] + path, timeout=10, allow_redirects=False, **kwargs)


def _warm(site, path):
    """Fetch until Varnish answers from its cache; returns that answer."""
    for _ in range(3):
        response = _get(site, path)
        assert response.status_code == 200, (path, response.status_code)
        if response.headers.get("X-Cache") == "HIT":
            return response
    raise AssertionError(f"{path} is not served from the cache: {dict(response.headers)}")


def _eventually(site, path, text):
    responses = []

    def showing_it():
        responses.append(_get(site, path))
        return text in responses[-1].text

    if not wait_until(showing_it, PURGE_DEADLINE, interval=0.1):
        cache = responses[-1].headers.get("X-Cache")
        raise AssertionError(f"{path} still lacks {text!r} {PURGE_DEADLINE}s later (X-Cache: {cache})")
    return responses[-1]


def test_bulgarian_listing_has_a_translated_slug(site):
    assert site["urls"]["bulgarian listing"] == "/bg/novini/"


def test_pages_are_served_from_the_cache_without_internal_headers(site):
    for name, path in site["urls"].items():
        response = _warm(site, path)
        assert "s-maxage=" in response.headers["Cache-Control"], name  # the application's, which Varnish follows
        assert "xkey" not in {header.lower() for header in response.headers}, name


def test_text_is_compressed(site):
    response = _get(site, site["urls"]["home"], headers={"Accept-Encoding": "gzip"})
    assert response.headers.get("Content-Encoding") == "gzip"


def test_publishing_news_purges_listings_home_pages_and_feed_in_every_language(site):
    for path in site["urls"].values():
        _warm(site, path)
    title = "Cluster ministers meet in Sofia"

    def write_and_publish():
        index = NewsIndexPage.objects.get(pk=site["pages"]["news_index"].pk)
        draft = NewsPage(title=title, slug="ministers-meet", live=False, date=datetime.date.today())
        news = index.add_child(instance=draft)
        create_missing_counterparts(news)  # the aliases the admin creates with the page
        news.save_revision().publish()

    _committed(write_and_publish)
    for path in site["urls"].values():
        _eventually(site, path, title)


def test_a_changed_page_is_new_at_once_and_its_listing_is_served_from_the_cache_while_refetched(site):
    def publish(title):
        index = NewsIndexPage.objects.get(pk=site["pages"]["news_index"].pk)
        news = NewsPage.objects.child_of(index).filter(slug="budget-approved").first()
        if news is None:
            news = index.add_child(instance=NewsPage(title=title, slug="budget-approved", date=datetime.date.today()))
            create_missing_counterparts(news)
        news.title = title
        news.save_revision().publish()
        return news.url

    article = _committed(lambda: publish("The budget is approved"))
    listing = site["urls"]["english listing"]
    _eventually(site, listing, "The budget is approved")
    _warm(site, listing)
    _warm(site, article)

    _committed(lambda: publish("The budget is approved unanimously"))
    changed = _get(site, article)
    assert changed.headers["X-Cache"] == "MISS"  # purged: nobody gets the old version of the page itself
    assert "The budget is approved unanimously" in changed.text
    # Expired, not gone: the first visitor still gets the old listing at once while Varnish refetches it.
    assert _get(site, listing).headers["X-Cache"] == "HIT"
    _eventually(site, listing, "The budget is approved unanimously")


def test_a_members_page_is_never_cached_nor_shown_to_others(site):
    def sign_in():
        client = Client()
        client.force_login(member("en"))
        return client.cookies[settings.SESSION_COOKIE_NAME].value

    session = _committed(sign_in)
    home = site["urls"]["home"]
    for _ in range(3):
        response = _get(site, home, cookies={settings.SESSION_COOKIE_NAME: session})
        assert "/accounts/profile/" in response.text
        assert response.headers.get("X-Cache") != "HIT"
    anonymous = _get(site, home)
    assert "/accounts/profile/" not in anonymous.text
    assert "csrfmiddlewaretoken" not in anonymous.text


def test_saving_a_setting_purges_the_pages_tagged_with_it(site):
    home = site["urls"]["bulgarian home"]
    _warm(site, home)

    def change_footer():
        footer = SiteSettings.objects.get(pk=site["pages"]["footer"].pk)
        footer.contact_email = "secretariat@clusterpolisee.example.eu"
        footer.save()

    _committed(change_footer)
    _eventually(site, home, "secretariat@clusterpolisee.example.eu")


def test_purge_from_another_address_is_refused(site):
    path = site["urls"]["home"]
    _warm(site, path)
    parts = urlsplit(site["varnish"])
    # 127.0.0.2 is this machine too, but not in the VCL's list of purgers.
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10, source_address=("127.0.0.2", 0))
    connection.request("PURGE", path, headers={"Host": "localhost"})
    assert connection.getresponse().status == 405
    connection.close()
    assert _get(site, path).headers.get("X-Cache") == "HIT"


def test_healthz_answers_through_the_cache_uncached(site):
    response = _get(site, "/healthz")
    assert (response.status_code, response.text) == (200, "ok")
    assert response.headers.get("X-Cache") != "HIT"
