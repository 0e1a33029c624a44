"""The home page's results block: chosen figures since the project began, in the visitor's language, daily."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from indicators import counting
from indicators.models import Count
from tests.factories.knowledge import NewsPageFactory
from tests.factories.newsletters import SubscriberFactory


@pytest.fixture
def home_with_results(home_page):
    home_page.body = [("results", {"heading": "", "figures": ["website.page_views", "newsletter.subscribers"]})]
    home_page.save_revision().publish()
    return home_page


@pytest.mark.django_db
def test_the_home_page_shows_the_chosen_figures_in_the_visitors_language(client, home_with_results):
    article = NewsPageFactory(parent=home_with_results)
    counting._add([((datetime.date(2013, 3, 1), Count.Kind.PAGE_VIEW, article.pk, "en", ""), 1234)])
    SubscriberFactory(confirmed_at=datetime.datetime(2014, 1, 1, tzinfo=datetime.UTC))

    html = client.get("/de/").content.decode()

    assert "<dt>Seitenaufrufe</dt><dd>1234</dd>" in html
    assert "<dt>Newsletter-Abonnenten</dt><dd>1</dd>" in html
    assert "Ergebnisse" in html


@pytest.mark.django_db
def test_the_figures_are_computed_once_a_day_not_on_every_view(client, home_with_results):
    client.get("/en/")
    with CaptureQueriesContext(connection) as first:
        client.get("/en/")
    counting._add([((datetime.date.today(), Count.Kind.PAGE_VIEW, home_with_results.pk, "en", ""), 5)])
    with CaptureQueriesContext(connection) as again:
        html = client.get("/en/").content.decode()

    assert len(again) == len(first)
    assert "<dt>Page views</dt><dd>0</dd>" in html  # today's counts show tomorrow
