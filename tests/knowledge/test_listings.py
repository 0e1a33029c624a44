"""Listing filters (without JavaScript), restricted deliverables and constant query counts."""

import datetime

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from core.permissions import PARTNERS_GROUP_NAME
from tests.factories.knowledge import (
    DeliverablePageFactory,
    EventPageFactory,
    GoodPracticePageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


def titles(response):
    return [item.title for item in response.context["items"]]


def test_news_filtered_by_thematic_area_code(client, site_tree, areas):
    NewsPageFactory(parent=site_tree["news_index"], title="Financing news", thematic_areas=[areas[3]])
    assert titles(client.get("/en/news/?area=WG4")) == ["Financing news"]
    assert titles(client.get("/en/news/?area=WG3")) == ["Cluster policy learning starts"]


def test_the_same_filter_url_works_in_another_language(client, site_tree):
    assert titles(client.get("/bg/news/?area=WG3")) == ["Cluster policy learning starts"]


def test_news_filtered_by_work_package_and_year(client, site_tree, work_packages):
    NewsPageFactory(parent=site_tree["news_index"], title="Later", date=datetime.date(2014, 3, 1))
    assert titles(client.get("/en/news/?wp=WP3")) == ["Cluster policy learning starts"]
    assert titles(client.get("/en/news/?year=2014")) == ["Later"]


def test_unknown_filter_values_are_reported_not_a_server_error(client, site_tree):
    response = client.get("/en/news/?area=<script>&year=abc&page=999999")
    assert response.status_code == 200
    assert "form-errors" in response.content.decode()
    assert "<script>" not in response.content.decode().split('id="main"')[1]


def test_filter_form_uses_get_and_offers_localised_choices(client, site_tree):
    content = client.get("/en/news/").content.decode()
    assert '<form class="filters" method="get"' in content
    assert '<option value="WG3">WG3 – Area 3</option>' in content


def test_events_show_upcoming_by_default_and_past_on_request(client, site_tree):
    EventPageFactory(parent=site_tree["event_index"], title="Past meeting", start_date=datetime.date(2013, 4, 10))
    assert titles(client.get("/en/events/")) == ["Transnational workshop"]
    assert titles(client.get("/en/events/?when=past")) == ["Past meeting"]
    assert set(titles(client.get("/en/events/?when=all"))) == {"Past meeting", "Transnational workshop"}


def test_events_filtered_by_type(client, site_tree):
    EventPageFactory(parent=site_tree["event_index"], title="Webinar", event_type="webinar")
    assert titles(client.get("/en/events/?event_type=webinar")) == ["Webinar"]


def test_multi_day_event_in_progress_counts_as_upcoming(client, site_tree):
    today = datetime.date.today()
    EventPageFactory(
        parent=site_tree["event_index"],
        title="Running now",
        start_date=today - datetime.timedelta(days=1),
        end_date=today + datetime.timedelta(days=1),
    )
    assert "Running now" in titles(client.get("/en/events/"))


def test_deliverables_filtered_by_work_package_and_type(client, site_tree, work_packages):
    DeliverablePageFactory(
        parent=site_tree["deliverable_index"], title="Toolkit", deliverable_type="tool", work_package=work_packages[5]
    )
    assert titles(client.get("/en/deliverables/?wp=WP5")) == ["Toolkit"]
    assert titles(client.get("/en/deliverables/?deliverable_type=tool")) == ["Toolkit"]


def test_restricted_deliverable_is_hidden_from_the_public(client, site_tree):
    assert titles(client.get("/en/deliverables/")) == ["Regional policy assessment"]
    response = client.get("/en/deliverables/minutes/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/deliverables/minutes/"


def test_restricted_deliverable_is_readable_by_partners(client, site_tree, django_user_model):
    partner = django_user_model.objects.create_user("partner", "p@example.org", "pw")
    partner.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP_NAME)[0])
    client.force_login(partner)
    assert "Internal steering minutes" in titles(client.get("/en/deliverables/"))
    assert client.get("/en/deliverables/minutes/").status_code == 200


def test_restricted_deliverable_is_forbidden_to_other_members(client, site_tree, django_user_model):
    client.force_login(django_user_model.objects.create_user("member", "m@example.org", "pw"))
    assert client.get("/en/deliverables/minutes/").status_code == 403


def test_good_practices_filtered_by_country(client, site_tree):
    GoodPracticePageFactory(parent=site_tree["practice_index"], title="Cluster vouchers", country="HU")
    response = client.get("/en/good-practices/?country=HU")
    assert titles(response) == ["Cluster vouchers"]
    assert '<option value="HU" selected>Hungary</option>' in response.content.decode()


def test_listing_paginates(client, site_tree):
    for n in range(13):
        NewsPageFactory(parent=site_tree["news_index"], title=f"Item {n}")
    first = client.get("/en/news/")
    assert len(first.context["items"]) == 12
    assert 'rel="next" href="?page=2"' in first.content.decode()
    assert len(client.get("/en/news/?page=2").context["items"]) == 2


def query_count(client, url):
    # Warm first: adding content replaces the cached menu, switcher and taxonomies, rebuilt by the next request.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("url", "index_key", "factory"),
    [
        ("/en/news/", "news_index", NewsPageFactory),
        ("/en/events/", "event_index", EventPageFactory),
        ("/en/deliverables/", "deliverable_index", DeliverablePageFactory),
        ("/en/good-practices/", "practice_index", GoodPracticePageFactory),
    ],
)
def test_listing_query_count_does_not_grow_with_items(client, site_tree, areas, url, index_key, factory):
    client.get(url)  # warm per-process caches (content types, site root paths)
    before = query_count(client, url)
    for _ in range(8):
        page = factory(parent=site_tree[index_key])
        if hasattr(page, "thematic_areas"):
            page.thematic_areas.set(areas[:3])
    after = query_count(client, url)
    assert after == before


def add_home_page_content(site_tree, areas):
    NewsPageFactory(parent=site_tree["news_index"], thematic_areas=areas[:2])
    EventPageFactory(parent=site_tree["event_index"], thematic_areas=areas[:2])
    GoodPracticePageFactory(parent=site_tree["practice_index"], is_featured=True, thematic_areas=areas[:2])


def test_home_page_query_count_does_not_grow_with_content(client, site_tree, areas):
    add_home_page_content(site_tree, areas)
    client.get("/en/")
    before = query_count(client, "/en/")
    for _ in range(5):
        add_home_page_content(site_tree, areas)
    after = query_count(client, "/en/")
    assert after == before


def test_home_page_query_count_is_bounded(client, site_tree):
    client.get("/en/")
    # A fixed budget that catches regressions such as a query per item or per language.
    assert query_count(client, "/en/") <= 40


def test_partner_directory_groups_partners_by_country(client, site_tree):
    from tests.factories.knowledge import PartnerFactory

    PartnerFactory(number=7, name="Bulgarian SME Promotion Agency", country="BG")
    content = client.get("/en/partners/").content.decode()
    assert content.index("Bulgaria") < content.index("Italy")
    assert "Lead partner" in content


def test_aliases_of_a_private_page_stay_out_of_every_listing(client, site_tree):
    """An alias takes its privacy from its source, so its title must not be listed in any locale."""
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=site_tree["news"], restriction_type="login")
    for language in ("en", "bg", "sr"):
        assert titles(client.get(f"/{language}/news/")) == []
        assert client.get(f"/{language}/news/kick-off/").status_code == 302


def test_untranslated_items_are_marked_in_other_languages_listings(client, site_tree):
    content = client.get("/bg/news/").content.decode()
    assert '<h3 class="card__title" lang="en">' in content
    assert 'class="badge"' in content
    assert 'class="badge"' not in client.get("/en/news/").content.decode()
