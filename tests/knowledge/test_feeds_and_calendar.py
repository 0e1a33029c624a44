import datetime
import xml.etree.ElementTree as ET

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_news_rss_feed_lists_published_news_with_absolute_links(client, site_tree):
    response = client.get("/en/news/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Cluster policy learning starts"]
    assert items[0].findtext("link") == "http://localhost/en/news/kick-off/"
    assert channel.findtext("language") == "en"


def test_news_atom_feed(client, site_tree):
    response = client.get("/en/news/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == [
        "Cluster policy learning starts"
    ]


def test_feed_leaves_out_drafts_and_unpublished_pages(client, site_tree):
    from tests.factories.knowledge import NewsPageFactory

    NewsPageFactory(parent=site_tree["news_index"], title="Secret draft", live=False)
    site_tree["news"].unpublish()
    content = client.get("/en/news/feed/rss/").content.decode()
    assert "Secret draft" not in content
    assert "Cluster policy learning starts" not in content


def test_bulgarian_feed_serves_the_bulgarian_tree(client, site_tree):
    channel = ET.fromstring(client.get("/bg/news/feed/rss/").content).find("channel")
    assert channel.findtext("language") == "bg"
    assert channel.find("item").findtext("link") == "http://localhost/bg/news/kick-off/"


def test_event_ics_download_has_the_venue_time_zone(client, site_tree):
    response = client.get("/en/events/workshop/ics/")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="workshop.ics"' in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start.tzinfo.key == "Europe/Sofia"
    assert start.time() == datetime.time(9, 30)
    assert str(event["summary"]) == "Transnational workshop"
    assert str(event["location"]) == "Sofia Tech Park"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Sofia"]


def test_all_day_event_exports_dates_not_times(client, site_tree):
    event = site_tree["event"]
    event.start_time = None
    event.end_time = None
    event.save_revision().publish()
    calendar = Calendar.from_ical(client.get("/en/events/workshop/ics/").content)
    [vevent] = calendar.walk("VEVENT")
    assert vevent.decoded("dtstart") == event.start_date
    assert vevent.decoded("dtend") == event.start_date + datetime.timedelta(days=1)


def test_calendar_feed_lists_every_published_event(client, site_tree):
    calendar = Calendar.from_ical(client.get("/en/events/calendar/").content)
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == ["Transnational workshop"]


def test_event_feeds(client, site_tree):
    rss = ET.fromstring(client.get("/en/events/feed/rss/").content)
    assert [i.findtext("title") for i in rss.iter("item")] == ["Transnational workshop"]
    atom = ET.fromstring(client.get("/en/events/feed/atom/").content)
    assert len(atom.findall(f"{ATOM}entry")) == 1


def test_sitemap_lists_pages_in_every_locale_with_alternates(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {u.findtext("s:loc", namespaces=ns): u for u in root.findall("s:url", ns)}
    assert "http://localhost/en/news/kick-off/" in urls
    assert "http://localhost/hu/news/kick-off/" in urls
    alternates = urls["http://localhost/en/news/kick-off/"].findall("x:link", ns)
    hreflangs = {a.get("hreflang") for a in alternates}
    assert hreflangs == {"en", "bg", "el", "hu", "sr", "x-default"}


def test_sitemap_leaves_out_restricted_deliverables_drafts_and_private_pages(client, site_tree):
    from wagtail.models import PageViewRestriction

    from tests.factories.knowledge import NewsPageFactory

    NewsPageFactory(parent=site_tree["news_index"], slug="draft-news", live=False)
    PageViewRestriction.objects.create(page=site_tree["practice"], restriction_type="login")
    content = client.get("/sitemap.xml").content.decode()
    assert "/en/deliverables/assessment/" in content
    assert "/deliverables/minutes/" not in content
    assert "draft-news" not in content
    assert "/good-practices/vouchers/" not in content


def test_robots_txt_points_to_the_sitemap_and_keeps_search_out(client, site_tree):
    content = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://localhost/sitemap.xml" in content
    assert "Disallow: /en/search/" in content
    assert "Disallow: /admin/" in content
