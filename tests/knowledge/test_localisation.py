"""Language prefixes, the switcher, hreflang, and a translation made with wagtail-localize."""

import xml.etree.ElementTree as ET

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page

import pytest

from tests.factories.translation import translate
from tests.site_tree import sync_locales

pytestmark = pytest.mark.django_db

GREEK = {
    "Cluster policy learning starts": "Ξεκινά η μάθηση πολιτικής συστάδων",
    "kick-off": "enarxi",
}


def to_greek(text):
    return GREEK.get(text, f"[el] {text}")


def test_root_redirects_to_the_browsers_preferred_language(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="hu-HU,hu;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/hu/"


def test_root_falls_back_to_english_for_other_languages(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ja")
    assert response["Location"] == "/en/"


def test_language_switcher_links_to_the_same_page_in_every_language(client, all_locales_synced):
    content = client.get("/en/news/kick-off/").content.decode()
    for code, _name in settings.LANGUAGES:
        assert f'href="/{code}/news/kick-off/" hreflang="{code}" lang="{code}"' in content


def test_hreflang_alternates_and_x_default(client, all_locales_synced):
    content = client.get("/bg/news/kick-off/").content.decode()
    for code, _name in settings.LANGUAGES:
        assert f'<link rel="alternate" hreflang="{code}" href="http://localhost/{code}/news/kick-off/">' in content
    assert '<link rel="alternate" hreflang="x-default" href="http://localhost/en/news/kick-off/">' in content


def test_html_lang_follows_the_url_prefix(client, site_tree):
    assert b'<html lang="sr"' in client.get("/sr/news/").content


def test_translated_news_item_appears_in_the_greek_list_feed_and_sitemap(client, site_tree):
    greek = Locale.objects.get(language_code="el")
    translated = translate(site_tree["news"], greek, to_greek)

    assert translated.alias_of is None
    assert translated.live
    page = client.get("/el/news/enarxi/")
    assert page.status_code == 200
    assert "Ξεκινά η μάθηση πολιτικής συστάδων" in page.content.decode()
    assert "notice--untranslated" not in page.content.decode()

    listing = client.get("/el/news/").content.decode()
    assert 'href="/el/news/enarxi/"' in listing

    feed = ET.fromstring(client.get("/el/news/feed/rss/").content)
    assert "Ξεκινά η μάθηση πολιτικής συστάδων" in [item.findtext("title") for item in feed.iter("item")]
    assert feed.find("channel").findtext("language") == "el"

    sitemap = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/el/news/enarxi/</loc>" in sitemap
    assert '<xhtml:link rel="alternate" hreflang="el" href="http://localhost/el/news/enarxi/"/>' in sitemap


def test_translation_keeps_the_taxonomy_and_date_of_the_source(site_tree):
    greek = Locale.objects.get(language_code="el")
    translated = translate(site_tree["news"], greek, to_greek).specific
    assert translated.date == site_tree["news"].date
    assert list(translated.thematic_areas.values_list("code", flat=True)) == ["WG3"]
    assert translated.work_package.code == "WP3"


def test_draft_changes_are_not_published_by_translating(site_tree):
    """Translating a page must not publish the source's unpublished draft (wagtail-localize #553)."""
    news = site_tree["news"]
    news.title = "Unpublished draft title"
    news.save_revision()
    greek = Locale.objects.get(language_code="el")
    translate(type(news).objects.get(pk=news.pk), greek, to_greek)
    news.refresh_from_db()
    assert news.title == "Cluster policy learning starts"
    assert news.has_unpublished_changes


def test_switcher_links_a_language_without_the_page_to_its_home_page(client, site_tree):
    content = client.get("/en/news/kick-off/").content.decode()
    assert 'href="/de/" hreflang="de" lang="de"' in content
    assert '<link rel="alternate" hreflang="de"' not in content


def alias_in(page, language):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=language)


def test_switcher_and_hreflang_skip_a_non_live_alias_for_its_nearest_live_ancestor(client, site_tree):
    alias_in(site_tree["news"], "bg").unpublish()
    content = client.get("/el/news/kick-off/").content.decode()
    assert 'href="/bg/news/" hreflang="bg" lang="bg"' in content
    assert '<link rel="alternate" hreflang="bg"' not in content
    assert '<link rel="alternate" hreflang="hu" href="http://localhost/hu/news/kick-off/">' in content


def test_switcher_skips_a_page_whose_parent_is_not_live(client, site_tree):
    Page.objects.filter(pk=alias_in(site_tree["news_index"], "sr").pk).update(live=False)
    content = client.get("/en/news/kick-off/").content.decode()
    assert 'href="/sr/" hreflang="sr" lang="sr"' in content
    assert '<link rel="alternate" hreflang="sr"' not in content


def test_switcher_keeps_the_query_string_but_hreflang_stays_canonical(client, site_tree):
    content = client.get("/bg/news/?area=WG3&year=2012").content.decode()
    assert 'href="/el/news/?area=WG3&amp;year=2012" hreflang="el" lang="el"' in content
    assert '<link rel="alternate" hreflang="el" href="http://localhost/el/news/">' in content


def test_switcher_on_the_search_page_keeps_the_query(client, site_tree):
    content = client.get("/bg/search/?q=cluster").content.decode()
    assert 'href="/el/search/?q=cluster" hreflang="el" lang="el"' in content


def test_language_versions_take_the_same_queries_for_any_number_of_locales(client, site_tree):
    def queries():
        client.get("/en/news/kick-off/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/news/kick-off/").status_code == 200
        return len(captured)

    few = queries()
    sync_locales()
    assert queries() == few
