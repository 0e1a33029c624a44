"""Rendering time and queries of the home, listing, detail and machine-readable pages on a populated site.

Builds a knowledge base of a few hundred items per kind in English, aliased into two more locales, then
requests each page repeatedly with an empty cache (the worst case a visitor meets).
"""

import random
import statistics
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page, Site
from wagtail_localize.synctree import synchronize_tree

from tests.factories.knowledge import (
    DeliverableIndexPageFactory,
    DeliverablePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerFactory,
    PartnerIndexPageFactory,
    ThematicAreaFactory,
    WorkPackageFactory,
)

ITEMS_PER_KIND = 250
REQUESTS_PER_PAGE = 25
ALIASED_LANGUAGES = ["bg", "el"]


def build_site():
    random.seed(42)
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Bench")
    areas = [ThematicAreaFactory(code=f"WG{n}", name=f"Area {n}") for n in range(1, 7)]
    packages = [WorkPackageFactory(code=f"WP{n}", name=f"Work package {n}") for n in range(7)]
    for number in range(1, 12):
        PartnerFactory(number=number)
    PartnerIndexPageFactory(parent=home)
    news_index = NewsIndexPageFactory(parent=home)
    event_index = EventIndexPageFactory(parent=home)
    deliverable_index = DeliverableIndexPageFactory(parent=home)
    practice_index = GoodPracticeIndexPageFactory(parent=home)
    for _ in range(ITEMS_PER_KIND):
        chosen = random.sample(areas, 2)
        NewsPageFactory(parent=news_index, work_package=random.choice(packages), thematic_areas=chosen)
        EventPageFactory(parent=event_index, thematic_areas=chosen)
        DeliverablePageFactory(parent=deliverable_index, work_package=random.choice(packages))
        GoodPracticePageFactory(parent=practice_index, thematic_areas=chosen)
    english = Locale.get_default()
    for language in ALIASED_LANGUAGES:
        synchronize_tree(english, Locale.objects.get(language_code=language))
    return news_index


def measure(client, url):
    timings = []
    for _ in range(REQUESTS_PER_PAGE):
        cache.clear()
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(queries)


def run(report):
    started = time.perf_counter()
    news_index = build_site()
    pages = Page.objects.count()
    report(f"site built: {pages} pages ({ITEMS_PER_KIND} per kind, 3 locales)", time.perf_counter() - started, "s")
    article = news_index.get_children().live().first()
    urls = [
        "/en/",
        "/en/news/",
        "/en/news/?area=WG3&year=2013",
        "/en/news/?page=5",
        "/bg/news/",
        "/en/events/",
        "/en/deliverables/",
        "/en/good-practices/",
        "/en/partners/",
        article.url,
        "/en/news/feed/rss/",
        "/en/events/calendar/",
        "/sitemap.xml",
    ]
    client = Client(HTTP_HOST="localhost")
    for url in urls:
        median, p95, queries = measure(client, url)
        report(f"{url[:40]}  p50 / p95 ms, queries", f"{median:.1f} / {p95:.1f}", f"ms, {queries} queries")
