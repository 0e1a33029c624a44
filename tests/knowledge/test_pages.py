"""Every page type renders in several locales; aliases carry the untranslated notice."""

import datetime
from zoneinfo import ZoneInfo

from wagtail.models import Locale

import pytest

pytestmark = pytest.mark.django_db

PAGE_KEYS = [
    "home",
    "news_index",
    "news",
    "event_index",
    "event",
    "deliverable_index",
    "deliverable",
    "practice_index",
    "practice",
    "partner_index",
]


def test_every_page_type_renders_in_several_locales(client, site_tree):
    for key in PAGE_KEYS:
        page = site_tree[key]
        for language in ["en", "bg", "el", "hu", "sr"]:
            localized = page.get_translation(Locale.objects.get(language_code=language))
            response = client.get(localized.url)
            assert response.status_code == 200, (key, language)
            assert f'<html lang="{language}"'.encode() in response.content
            assert page.title.encode() in response.content


def test_alias_in_another_language_shows_the_notice_in_the_visitors_language(client, site_tree):
    response = client.get("/bg/news/kick-off/")
    content = response.content.decode()
    assert "notice--untranslated" in content
    assert "<p>Тази страница все още не е налична на български език. Показана е на английски.</p>" in content
    # The English text inside is marked as English for screen readers and translators.
    assert '<div lang="en">' in content


def test_english_source_page_has_no_untranslated_notice(client, site_tree):
    response = client.get("/en/news/kick-off/")
    assert "notice--untranslated" not in response.content.decode()


def test_page_types_declare_where_they_may_be_created():
    from home.models import HomePage
    from knowledge.models import NewsIndexPage, NewsPage

    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
    assert NewsPage.allowed_subpage_models() == []


def test_event_cannot_end_before_it_starts(site_tree):
    from django.core.exceptions import ValidationError

    event = site_tree["event"]
    event.end_date = event.start_date.replace(year=event.start_date.year - 1)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "end_date" in error.value.message_dict


def test_event_needs_a_venue_or_an_online_link(site_tree):
    from django.core.exceptions import ValidationError

    event = site_tree["event"]
    event.venue = ""
    event.online_url = ""
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "venue" in error.value.message_dict


def test_news_page_has_article_json_ld_and_open_graph(client, site_tree):
    content = client.get("/en/news/kick-off/").content.decode()
    assert '<script type="application/ld+json">' in content
    assert '"@type": "NewsArticle"' in content
    assert '"datePublished": "2012-06-01"' in content
    assert '<meta property="og:type" content="article">' in content
    assert '<link rel="canonical" href="http://localhost/en/news/kick-off/">' in content


def test_event_page_has_event_json_ld_with_the_venue_time_zone(client, site_tree):
    content = client.get("/en/events/workshop/").content.decode()
    assert '"@type": "Event"' in content
    # 9:30 in Sofia, at the offset of the event's own day (winter or summer time).
    start = datetime.datetime.combine(site_tree["event"].start_date, datetime.time(9, 30), ZoneInfo("Europe/Sofia"))
    assert f'"startDate": "{start.isoformat()}"' in content
    assert '"name": "Sofia Tech Park"' in content


def test_json_ld_cannot_be_closed_by_content(client, site_tree):
    news = site_tree["news"]
    news.title = "</script><script>alert(1)</script>"
    news.save_revision().publish()
    content = client.get("/en/news/kick-off/").content.decode()
    assert "</script><script>alert(1)" not in content
