"""What the application asks the frontend cache to purge, as a cache receives it.

A small HTTP server of the tests' own stands in for Varnish and records every PURGE; the content
is a home page and a news listing with one article, aliased into Bulgarian and Greek (the Bulgarian
listing translated, under a slug of its own).
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.test import override_settings

from wagtail.models import Page

import pytest

from knowledge.models import NewsPage
from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory, ThematicAreaFactory
from tests.factories.translation import translate
from tests.site_tree import sync_locales

LANGUAGES = ["bg", "el"]


class _Recorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.purges.append((self.path, self.headers.get("Host"), self.headers.get("xkey-purge")))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def cache_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.purges = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def purges(cache_server, django_capture_on_commit_callbacks):
    """The PURGE requests the application sends (path, Host, xkey-purge), once its transaction commits."""
    cache_server.purges.clear()
    backend = {
        "BACKEND": "purging.backends.VarnishBackend",
        "LOCATION": f"http://127.0.0.1:{cache_server.server_address[1]}",
    }
    with override_settings(WAGTAILFRONTENDCACHE={"varnish": backend}):
        yield cache_server.purges


@pytest.fixture
def news(home_page, locales):
    index = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=index, slug="ministers-meet")
    sync_locales(LANGUAGES)
    names = {"News": "Новини", "news": "novini"}
    translate(index, locales["bg"], lambda text: names.get(text, text))
    return article


def _paths(purges):
    return {path for path, _host, tags in purges if not tags}


def _tags(purges):
    return {tag for _path, _host, tags in purges if tags for tag in tags.split()}


def _committed(django_capture_on_commit_callbacks, change):
    with django_capture_on_commit_callbacks(execute=True):
        change()


def test_publishing_purges_the_page_and_what_shows_it_in_every_locale(news, purges, django_capture_on_commit_callbacks):
    _committed(django_capture_on_commit_callbacks, lambda: news.save_revision().publish())
    assert {
        "/en/news/ministers-meet/",
        "/bg/novini/ministers-meet/",
        "/el/news/ministers-meet/",
        "/en/news/",
        "/bg/novini/",
        "/el/news/",
        "/en/news/feed/rss/",
        "/bg/novini/feed/rss/",
        "/en/news/feed/atom/",
        "/en/",
        "/bg/",
        "/el/",
        "/sitemap.xml",
    } <= _paths(purges)
    # One batch: each URL once, and one tag request.
    urls = [path for path, _host, tags in purges if not tags]
    assert len(urls) == len(set(urls))
    assert len([tags for _path, _host, tags in purges if tags]) == 1
    # Each locale's page under its own URL only: no English slug under another language's prefix.
    assert "/bg/news/" not in _paths(purges)
    assert {host for _path, host, tags in purges if not tags} == {"localhost"}
    listings = Page.objects.filter(translation_key=news.get_parent().translation_key)
    assert {f"page-{listing.pk}" for listing in listings} <= _tags(purges)


def test_unpublishing_purges_the_listings(news, purges, django_capture_on_commit_callbacks):
    _committed(django_capture_on_commit_callbacks, lambda: news.unpublish())
    assert {"/en/news/ministers-meet/", "/bg/novini/", "/el/", "/sitemap.xml"} <= _paths(purges)


def test_deleting_a_live_page_purges_it_and_its_listings(news, purges, django_capture_on_commit_callbacks):
    _committed(django_capture_on_commit_callbacks, lambda: NewsPage.objects.get(pk=news.pk).delete())
    assert {"/en/news/ministers-meet/", "/en/news/", "/bg/novini/", "/en/"} <= _paths(purges)


def test_moving_a_page_purges_its_old_and_new_urls(news, home_page, purges, django_capture_on_commit_callbacks):
    other = NewsIndexPageFactory(parent=home_page, slug="archive", title="Archive")
    purges.clear()
    _committed(django_capture_on_commit_callbacks, lambda: news.move(other, pos="last-child"))
    assert {"/en/news/ministers-meet/", "/en/archive/ministers-meet/", "/en/news/", "/en/archive/"} <= _paths(purges)


def test_saving_a_snippet_purges_its_tag_and_the_chrome_every_page_shows(
    purges, locales, django_capture_on_commit_callbacks
):
    _committed(django_capture_on_commit_callbacks, lambda: ThematicAreaFactory(code="WG1", name="Innovation"))
    assert _tags(purges) == {"snippet-knowledge.thematicarea", "chrome"}


def test_publishing_goes_on_when_the_cache_is_down(news, django_capture_on_commit_callbacks, caplog):
    unreachable = {"BACKEND": "purging.backends.VarnishBackend", "LOCATION": "http://127.0.0.1:9"}
    news.title = "Published although the cache is down"
    with override_settings(WAGTAILFRONTENDCACHE={"varnish": unreachable}):
        _committed(django_capture_on_commit_callbacks, lambda: news.save_revision().publish())
    assert NewsPage.objects.get(pk=news.pk).title == "Published although the cache is down"
    assert "Could not purge" in caplog.text


def test_nothing_is_purged_without_a_frontend_cache(news, cache_server, django_capture_on_commit_callbacks):
    cache_server.purges.clear()
    _committed(django_capture_on_commit_callbacks, lambda: news.save_revision().publish())
    assert cache_server.purges == []


def test_responses_name_the_page_and_snippets_they_show(news, client):
    ThematicAreaFactory(code="WG1", name="Innovation")
    response = client.get(news.get_parent().url)
    tags = response["xkey"].split()
    assert f"page-{news.get_parent().pk}" in tags
    assert "snippet-home.sitesettings" in tags
