"""Every public page costs a small, fixed number of queries on a warm process, and a GET writes nothing.

The site's chrome (menu, language switcher, footer), taxonomies and view restrictions come
from the cache; what is left is routing, the page's own content and its listing.
"""

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale

import pytest

from tests.factories.forums import PostFactory, topic_with_posts
from tests.factories.knowledge import EventPageFactory, GoodPracticePageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

BUDGET = 12
WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    """One page of every type in all twelve locales, built once for the module and rolled back after it."""
    from tests.factories.site import every_page_type

    with django_db_blocker.unblock(), transaction.atomic():
        yield every_page_type()
        transaction.set_rollback(True)


def addresses(pages, language):
    """Every public page type and listing, as a visitor of `language` reaches them."""
    locale = Locale.objects.get(language_code=language)
    topic = pages["topic"]
    forum = topic.forum
    with translation.override(language):
        found = {name: page.get_translation(locale).get_url() for name, page in pages.items() if name != "topic"}
    prefix = f"/{language}"
    news_filter = f"{found['news_index']}?thematic_area=WG1&year=2020"
    found.update(
        {
            "news filtered": news_filter,
            "events filtered": f"{found['event_index']}?thematic_area=WG2",
            "deliverables filtered": f"{found['deliverable_index']}?work_package=WP4",
            "good practices filtered": f"{found['practice_index']}?thematic_area=WG1",
            "search results": f"{prefix}/search/?q=Wettbewerbsfähigkeitsverbesserungsmaßnahmen",
            "forum index": f"{prefix}/forum/",
            "forum": f"{prefix}/forum/forum/{forum.slug}-{forum.pk}/",
            "topic": f"{prefix}/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/",
        }
    )
    return found


def warm_queries(client, url):
    """The queries of the second GET of `url` (the first fills the per-process and fragment caches)."""
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured.captured_queries]


def counts(client, pages, language):
    return {name: len(warm_queries(client, url)) for name, url in addresses(pages, language).items()}


@pytest.mark.parametrize("language", ["en", "bg", "el"])
def test_every_public_page_stays_within_the_query_budget(client, pages, language):
    over = {name: count for name, count in counts(client, pages, language).items() if count > BUDGET}
    assert over == {}


@pytest.mark.parametrize("language", ["en", "bg"])
def test_a_public_get_writes_nothing_to_the_database(client, pages, language):
    writes = {}
    for name, url in addresses(pages, language).items():
        found = [sql for sql in warm_queries(client, url) if sql.lstrip().upper().startswith(WRITES)]
        if found:
            writes[name] = found
    assert writes == {}


def test_queries_do_not_grow_with_the_number_of_items(client, pages):
    before = counts(client, pages, "bg")
    areas = list(pages["news"].thematic_areas.all())
    for _ in range(6):
        NewsPageFactory(parent=pages["news_index"], work_package=pages["news"].work_package, thematic_areas=areas)
        EventPageFactory(parent=pages["event_index"], thematic_areas=areas)
        GoodPracticePageFactory(parent=pages["practice_index"], thematic_areas=areas, is_featured=True)
        PostFactory(topic=pages["topic"])
        topic_with_posts(forum=pages["topic"].forum, replies=1)
    from tests.site_tree import sync_locales

    sync_locales(["bg"])
    assert counts(client, pages, "bg") == before
