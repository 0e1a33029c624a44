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
from tests.waiting import wait_until

LANGUAGES = ["bg", "el"]


class _Recorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.purges.append(
            (self.path, self.headers.get("Host"), self.headers.get("xkey-purge"), self.headers.get("xkey-softpurge"))
        )
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
    """The PURGE requests the application sends (path, Host, xkey-purge, xkey-softpurge), once its transaction
    commits."""
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
    return {path for path, _host, tags, soft_tags in purges if not tags and not soft_tags}


def _tags(purges):
    return {tag for _path, _host, tags, _soft in purges if tags for tag in tags.split()}


def _soft_tags(purges):
    return {tag for _path, _host, _tags, soft_tags in purges if soft_tags for tag in soft_tags.split()}


def _tag_of_each_locale(page):
    return {f"page-{counterpart.pk}" for counterpart in Page.objects.filter(translation_key=page.translation_key)}


def _committed(django_capture_on_commit_callbacks, change):
    with django_capture_on_commit_callbacks(execute=True):
        change()


def test_publishing_purges_the_page_at_once_and_expires_what_shows_it_in_every_locale(
    news, purges, django_capture_on_commit_callbacks
):
    _committed(django_capture_on_commit_callbacks, lambda: news.save_revision().publish())
    # The page itself, in every locale under its own slug, is gone from the cache at once.
    assert {"/en/news/ministers-meet/", "/bg/novini/ministers-meet/", "/el/news/ministers-meet/"} <= _paths(purges)
    assert "/sitemap.xml" in _paths(purges)
    assert "/bg/news/ministers-meet/" not in _paths(purges)  # no English slug under another language's prefix
    assert _tag_of_each_locale(news) <= _tags(purges)
    # What shows it (each locale's listing with its feeds and variants, each home page) is expired by tag.
    assert _tag_of_each_locale(news.get_parent()) | _tag_of_each_locale(news.get_site().root_page) == _soft_tags(purges)
    assert not {"/en/news/", "/bg/novini/", "/en/"} & _paths(purges)
    # One batch: each URL once, one request for the tags and one for the tags expired.
    urls = [path for path, _host, tags, soft in purges if not tags and not soft]
    assert len(urls) == len(set(urls))
    assert len([tags for _path, _host, tags, _soft in purges if tags]) == 1
    assert len([soft for _path, _host, _tags, soft in purges if soft]) == 1
    assert {host for _path, host, tags, soft in purges if not tags and not soft} == {"localhost"}


def test_everything_a_publish_purged_is_expired_once_more_a_moment_later(
    news, purges, django_capture_on_commit_callbacks
):
    # A render under way when the purge arrives stores the version from before the publish as fresh;
    # the repeated expiry is what replaces it.
    with override_settings(FRONTEND_CACHE_REPEAT_AFTER=0.2):
        _committed(django_capture_on_commit_callbacks, lambda: news.save_revision().publish())
        expired_at_once = [set(soft.split()) for _path, _host, _tags, soft in purges if soft]
        assert len(expired_at_once) == 1
        wait_until(lambda: len([soft for _path, _host, _tags, soft in purges if soft]) >= 2, 5, interval=0.02)
    first, repeated = [set(soft.split()) for _path, _host, _tags, soft in purges if soft]
    assert repeated == first | _tag_of_each_locale(news)
    # Expired, not removed: visitors keep being served while the new version is fetched.
    assert len([tags for _path, _host, tags, _soft in purges if tags]) == 1


def test_unpublishing_purges_the_page_and_expires_the_listings(news, purges, django_capture_on_commit_callbacks):
    _committed(django_capture_on_commit_callbacks, lambda: news.unpublish())
    assert {"/en/news/ministers-meet/", "/bg/novini/ministers-meet/", "/sitemap.xml"} <= _paths(purges)
    assert _tag_of_each_locale(news.get_parent()) <= _soft_tags(purges)


def test_deleting_a_live_page_purges_it_and_expires_its_listings(news, purges, django_capture_on_commit_callbacks):
    listing = news.get_parent()
    _committed(django_capture_on_commit_callbacks, lambda: NewsPage.objects.get(pk=news.pk).delete())
    assert "/en/news/ministers-meet/" in _paths(purges)
    assert _tag_of_each_locale(listing) <= _soft_tags(purges)


def test_moving_a_page_purges_its_old_and_new_urls(news, home_page, purges, django_capture_on_commit_callbacks):
    other = NewsIndexPageFactory(parent=home_page, slug="archive", title="Archive")
    old_listing = news.get_parent()
    purges.clear()
    _committed(django_capture_on_commit_callbacks, lambda: news.move(other, pos="last-child"))
    assert {"/en/news/ministers-meet/", "/en/archive/ministers-meet/"} <= _paths(purges)
    assert _tag_of_each_locale(old_listing) | _tag_of_each_locale(other) <= _soft_tags(purges)


def test_saving_a_snippet_expires_its_tag_and_the_chrome_every_page_shows(
    purges, locales, django_capture_on_commit_callbacks
):
    _committed(django_capture_on_commit_callbacks, lambda: ThematicAreaFactory(code="WG1", name="Innovation"))
    assert _soft_tags(purges) == {"snippet-knowledge.thematicarea", "chrome"}
    assert not _tags(purges)


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
