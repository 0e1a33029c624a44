"""A newsletter issue on the knowledge site tree, for the newsletter tests and the tests of the links it sends."""

import re

import pytest

from tests.factories.newsletters import NewsletterIndexPageFactory, NewsletterPageFactory
from tests.site_tree import SYNCED_LANGUAGES, sync_locales


@pytest.fixture
def newsletter_index(site_tree):
    index = NewsletterIndexPageFactory(parent=site_tree["home"])
    sync_locales(SYNCED_LANGUAGES)
    return index


@pytest.fixture
def issue(newsletter_index):
    return NewsletterPageFactory(parent=newsletter_index, title="Cluster financing in focus", slug="issue-1")


def links(message, part="text/plain"):
    """The URLs in one part of a received e-mail."""
    body = message.get_body(preferencelist=(part.split("/")[1],)).get_content()
    return re.findall(r"https?://[^\s\"<>]+", body)
