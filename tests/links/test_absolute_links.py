"""Every absolute link the site makes leads to the site's own address and port, and answers when followed.

The site is configured at an address that is neither the Wagtail Site record's (localhost:80) nor
Django's test host, as `make run` on another PORT is: e-mails (sent by the task worker, without a
request) take it from SITE_URL; feeds, the sitemap and calendars take it from the request.
"""

import html
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Site

import pytest
from icalendar import Calendar
from machina.apps.forum_conversation.models import Post

from core.links import absolute_url, site_root_url
from forums.models import NotificationSettings
from forums.notifications import send_daily_digests
from newsletters.models import Subscriber
from newsletters.services import campaign_schedule
from tests.factories.accounts import member
from tests.factories.forums import PostFactory, post_form_data, site_forum, topic_with_posts
from tests.factories.newsletters import SubscriberFactory

pytestmark = pytest.mark.django_db

HOST = "127.0.0.1:8123"
BASE = f"http://{HOST}"
PASSWORD = "a long and unusual passphrase 42"
_URL = re.compile(r"https?://[^\s\"'<>]+")
_HREF = re.compile(r"""href=["']([^"']+)["']""")


@pytest.fixture
def site_url(settings, home_page):
    """The site's configured public address, as scripts/run.sh exports it for another PORT."""
    settings.SITE_URL = BASE
    return BASE


@pytest.fixture
def visitor():
    """A browser on the site's address."""
    return Client(HTTP_HOST=HOST)


def links_in_email(message):
    """Every link of an e-mail: URLs in its text, links in its HTML, the List-Unsubscribe address."""
    found = []
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            found += _URL.findall(part.get_content())
        elif part.get_content_type() == "text/html":
            found += [html.unescape(href) for href in _HREF.findall(part.get_content())]
    found += _URL.findall(str(message.get("List-Unsubscribe", "")))
    return found


def links_in_xml(content):
    """The URLs in an XML document's text and attributes (namespace names are not links)."""
    found = []
    for element in ET.fromstring(content).iter():
        for value in [element.text or "", *element.attrib.values()]:
            if value.strip().startswith(("http://", "https://")):
                found.append(value.strip())
    return found


def links_in_calendar(content):
    found = []
    for event in Calendar.from_ical(content).walk("VEVENT"):
        found.append(str(event["url"]))
        found += _URL.findall(str(event.get("description", "")))
    return found


def follow(client, url, method="get", **data):
    """Open a link the way a browser on the site's address does, following redirects."""
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    return getattr(client, method)(target, data, HTTP_HOST=parts.netloc, follow=True)


def assert_every_link_works(client, urls):
    assert urls
    for url in urls:
        assert url.startswith(f"{BASE}/"), url
        response = follow(client, url)
        assert response.status_code == 200, (url, response.status_code)


# --- The base URL --------------------------------------------------------------------


def test_links_follow_the_host_and_port_of_the_request_when_no_address_is_configured(settings, home_page):
    settings.SITE_URL = ""
    request = RequestFactory().get("/", HTTP_HOST="localhost:8555")
    assert site_root_url(request) == "http://localhost:8555"
    assert absolute_url("/en/news/", request) == "http://localhost:8555/en/news/"


def test_links_are_https_behind_a_proxy_that_terminates_tls(settings, home_page):
    settings.SITE_URL = ""
    request = RequestFactory().get("/", HTTP_HOST="localhost:8443", HTTP_X_FORWARDED_PROTO="https")
    assert absolute_url("/en/", request) == "https://localhost:8443/en/"


def test_links_made_without_a_request_follow_site_url(settings, home_page):
    settings.SITE_URL = "http://127.0.0.1:8123/"
    assert site_root_url() == BASE
    assert absolute_url("/en/newsletter/") == f"{BASE}/en/newsletter/"


def test_links_made_without_a_request_or_site_url_follow_the_wagtail_site(settings, home_page):
    settings.SITE_URL = ""
    Site.objects.filter(is_default_site=True).update(hostname="example.org", port=8124)
    Site.clear_site_root_paths_cache()
    assert site_root_url() == "http://example.org:8124"


def test_an_absolute_address_stays_as_it_is(site_url):
    assert absolute_url("https://cdn.example.org/image.png") == "https://cdn.example.org/image.png"


def test_feeds_follow_the_port_of_the_request_when_no_address_is_configured(settings, client, site_tree):
    settings.SITE_URL = ""
    response = client.get("/en/news/feed/rss/", HTTP_HOST="localhost:8555")
    assert ET.fromstring(response.content).find("channel/item/link").text == "http://localhost:8555/en/news/kick-off/"


# --- E-mails ---------------------------------------------------------------------------


def test_newsletter_confirmation_links_lead_to_the_site_and_confirm(site_url, visitor, smtp, areas):
    form = {"email": "maria@example.org", "name": "Maria", "language": "bg", "website": ""}
    assert Client().post("/bg/newsletter/subscribe/", form).status_code == 302
    [message] = smtp.to("maria@example.org")
    urls = links_in_email(message)
    assert_every_link_works(visitor, urls)

    confirm = next(url for url in urls if "/confirm/" in url)
    confirmed = follow(visitor, confirm, method="post")
    assert Subscriber.objects.get(email="maria@example.org").status == Subscriber.Status.CONFIRMED
    # The confirmation page's "Change language or topics" link.
    preferences = [url for url in _HREF.findall(confirmed.content.decode()) if "/preferences/" in url]
    assert len(preferences) == 1
    assert_every_link_works(visitor, preferences)


def test_newsletter_issue_links_lead_to_the_site_and_its_one_click_unsubscribe_works(site_url, visitor, smtp, issue):
    reader = SubscriberFactory(email="reader@example.org", language="bg")
    campaign_schedule(issue)
    [message] = smtp.to("reader@example.org")
    urls = links_in_email(message)
    assert any("/newsletter/issue-1/" in url for url in urls)
    assert any("/news/kick-off/" in url for url in urls)
    assert_every_link_works(visitor, urls)

    one_click = re.search(r"<(https?://[^>]+)>", str(message["List-Unsubscribe"])).group(1)
    assert follow(visitor, one_click, method="post", **{"List-Unsubscribe": "One-Click"}).status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED


def test_forum_reply_notification_links_lead_to_the_site(site_url, visitor, forums, smtp):
    author = member(language="el", groups=["Partners"])
    topic = topic_with_posts(forum=site_forum("WG3"), poster=author)
    topic.subscribers.add(author)
    replier = Client(HTTP_HOST="localhost")
    replier.force_login(member(groups=["Partners"]))
    with translation.override("en"):
        url = reverse("forum_conversation:post_create", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk])
    assert replier.post(url, post_form_data(f"Re: {topic.subject}", "I join.")).status_code == 302

    [message] = smtp.to(author.email)
    urls = links_in_email(message)
    assert len(urls) >= 3
    visitor.force_login(author)
    assert_every_link_works(visitor, urls)


def test_forum_digest_links_lead_to_the_site(site_url, visitor, forums, smtp):
    reader = member(language="hu", groups=["Partners"])
    NotificationSettings.objects.create(user=reader, frequency=NotificationSettings.Frequency.DAILY)
    topic = topic_with_posts(forum=site_forum("WG3"))
    topic.subscribers.add(reader)
    PostFactory(topic=topic, poster=member())
    assert send_daily_digests(now=timezone.now()) == 1

    [message] = smtp.to(reader.email)
    urls = links_in_email(message)
    assert any("?post=" in url for url in urls)
    visitor.force_login(reader)
    assert_every_link_works(visitor, urls)


def test_the_link_to_a_discussed_page_in_its_forum_topic_leads_to_the_site(site_url, visitor, forums, site_tree):
    visitor.force_login(member(groups=["Partners"]))
    practice = site_tree["practice"]
    # Opening the link only asks; the member's confirmation (a POST) starts the topic.
    assert visitor.get(f"/en/forum/discuss/{practice.pk}/").status_code == 200
    assert visitor.post(f"/en/forum/discuss/{practice.pk}/").status_code == 302
    first_post = Post.objects.get(topic__subject=practice.title)
    assert_every_link_works(visitor, _URL.findall(first_post.content.raw))


def test_account_verification_links_lead_to_the_site(site_url, visitor, smtp):
    data = {"email": "ana@example.org", "password1": PASSWORD, "password2": PASSWORD, "display_name": "Ana"}
    assert visitor.post("/bg/accounts/signup/", data).status_code == 302
    [message] = smtp.to("ana@example.org")
    urls = links_in_email(message)
    assert any("/bg/accounts/confirm-email/" in url for url in urls)
    assert_every_link_works(Client(), urls)


@pytest.mark.parametrize("known", [True, False], ids=["member", "unknown address"])
def test_password_reset_links_lead_to_the_site(site_url, visitor, smtp, known):
    email = member().email if known else "stranger@example.org"
    assert visitor.post("/en/accounts/password/reset/", {"email": email}).status_code == 302
    [message] = smtp.to(email)
    urls = links_in_email(message)
    assert_every_link_works(Client(), urls)
    if known:
        assert follow(Client(), urls[0]).request["PATH_INFO"].endswith("-set-password/")


def test_signing_up_again_with_a_registered_address_sends_working_links(site_url, visitor, smtp):
    existing = member()
    data = {"email": existing.email, "password1": PASSWORD, "password2": PASSWORD, "display_name": "Ana"}
    assert visitor.post("/en/accounts/signup/", data).status_code == 302
    [message] = smtp.to(existing.email)
    assert_every_link_works(Client(), links_in_email(message))


# --- Feeds, sitemap, calendars ---------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/en/news/feed/rss/", "/en/news/feed/atom/", "/bg/events/feed/rss/", "/en/events/feed/atom/"],
)
def test_feed_links_lead_to_the_site(site_url, visitor, site_tree, path):
    response = visitor.get(path)
    assert response.status_code == 200
    assert_every_link_works(visitor, links_in_xml(response.content))


def test_newsletter_archive_feed_links_lead_to_the_site(site_url, visitor, issue):
    response = visitor.get("/en/newsletter/feed/rss/")
    assert response.status_code == 200
    urls = links_in_xml(response.content)
    assert f"{BASE}/en/newsletter/issue-1/" in urls
    assert_every_link_works(visitor, urls)


def test_sitemap_links_lead_to_the_site(site_url, visitor, site_tree):
    response = visitor.get("/sitemap.xml")
    urls = links_in_xml(response.content)
    assert f"{BASE}/bg/news/kick-off/" in urls
    assert_every_link_works(visitor, sorted(set(urls)))
    robots = visitor.get("/robots.txt").content.decode()
    assert f"Sitemap: {BASE}/sitemap.xml" in robots


@pytest.mark.parametrize("path", ["/en/events/calendar/", "/el/events/workshop/ics/"])
def test_calendar_links_lead_to_the_site(site_url, visitor, site_tree, path):
    response = visitor.get(path)
    assert response.status_code == 200
    urls = links_in_calendar(response.content)
    assert any("/events/workshop/" in url for url in urls)
    assert_every_link_works(visitor, urls)
