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
    import re

    body = message.get_body(preferencelist=(part.split("/")[1],)).get_content()
    return re.findall(r"https?://[^\s\"<>]+", body)


@pytest.fixture(autouse=True)
def _site(request):
    """Every newsletter test runs on a site with its twelve locales (links are built from the Site record)."""
    if "django_db" in request.keywords or "db" in request.fixturenames:
        request.getfixturevalue("home_page")
