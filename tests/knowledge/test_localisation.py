"""Language prefixes, the switcher, hreflang, and a translation made with wagtail-localize."""

import xml.etree.ElementTree as ET

from django.conf import settings

from wagtail.models import Locale

import pytest

from tests.factories.translation import translate

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
