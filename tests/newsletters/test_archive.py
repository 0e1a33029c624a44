import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories.newsletters import NewsletterPageFactory

pytestmark = pytest.mark.django_db


def test_archive_lists_published_issues_of_its_locale_with_an_rss_feed(client, issue, newsletter_index):
    NewsletterPageFactory(parent=newsletter_index, title="Unpublished draft", live=False)
    html = client.get("/en/newsletter/").content.decode()
    assert "Cluster financing in focus" in html
    assert "Unpublished draft" not in html
    assert 'type="application/rss+xml"' in html
    feed = ET.fromstring(client.get("/en/newsletter/feed/rss/").content)
    titles = [item.findtext("title") for item in feed.iter("item")]
    assert titles == ["Cluster financing in focus"]
    assert feed.find("channel").findtext("language") == "en"


def test_web_version_shows_the_blocks_in_order_with_only_public_content(client, issue, site_tree):
    site_tree["restricted"]  # a confidential deliverable exists
    issue.body = [
        ("text", "<p>Opening words.</p>"),
        ("deliverables", {"heading": "", "pages": [site_tree["restricted"], site_tree["deliverable"]], "latest": 3}),
        ("news", {"heading": "What happened", "pages": [], "latest": 3}),
    ]
    issue.save_revision().publish()
    html = client.get("/en/newsletter/issue-1/").content.decode()
    assert html.index("Opening words.") < html.index("Regional policy assessment") < html.index("What happened")
    assert "Internal steering minutes" not in html
    assert "Cluster policy learning starts" in html


def test_confidential_and_draft_pages_never_reach_the_e_mail(smtp, issue, site_tree):
    from newsletters.services import campaign_schedule
    from tests.factories.knowledge import NewsPageFactory
    from tests.factories.newsletters import SubscriberFactory

    NewsPageFactory(parent=site_tree["news_index"], title="Secret draft news", live=False)
    issue.body = [
        ("deliverables", {"heading": "", "pages": [site_tree["restricted"]], "latest": 3}),
        ("news", {"heading": "", "pages": [], "latest": 5}),
    ]
    issue.save_revision().publish()
    SubscriberFactory(email="reader@example.org")
    campaign_schedule(issue)
    [message] = smtp.to("reader@example.org")
    body = message.get_body(preferencelist=("html",)).get_content()
    assert "Internal steering minutes" not in body
    assert "Secret draft news" not in body
    assert "Cluster policy learning starts" in body


def warm_query_count(client, path):
    """Queries of the second GET: the first fills the caches that publishing a page empties again."""
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


@pytest.mark.parametrize("path", ["/en/newsletter/subscribe/", "/en/newsletter/", "/en/newsletter/issue-1/"])
def test_query_count_of_newsletter_pages_does_not_grow_with_content(client, issue, newsletter_index, path):
    before = warm_query_count(client, path)
    for n in range(5):
        NewsletterPageFactory(parent=newsletter_index, slug=f"more-{n}")
    assert warm_query_count(client, path) == before
