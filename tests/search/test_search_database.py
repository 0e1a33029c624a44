"""The embedded default: no search server configured, Wagtail's database backend answers."""

from django.contrib.auth.models import Group, User

from wagtail.models import PageViewRestriction

from knowledge.permissions import PARTNERS_GROUP_NAME
from search.models import PendingIndexUpdate


def _urls(response):
    assert response.status_code == 200
    return [r["url"] for r in response.context["results"]]


def test_database_backend_finds_pages_in_the_visitors_language(client, site_tree):
    response = client.get("/en/search/", {"q": "assessment"})
    assert _urls(response) == [site_tree["deliverable"].url]
    assert not response.context["engine_unavailable"]
    assert not response.context["facets"]


def test_database_backend_keeps_restricted_content_out(client, site_tree):
    assert _urls(client.get("/en/search/", {"q": "steering minutes"})) == []
    assert "Internal steering" not in client.get("/en/search/suggest/", {"q": "steering"}).content.decode()
    PageViewRestriction.objects.create(page=site_tree["practice"], restriction_type=PageViewRestriction.LOGIN)
    assert _urls(client.get("/en/search/", {"q": "vouchers"})) == []
    assert _urls(client.get("/bg/search/", {"q": "vouchers"})) == []

    partner = User.objects.create_user("partner", password="x")
    partner.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP_NAME)[0])
    client.force_login(partner)
    assert _urls(client.get("/en/search/", {"q": "steering minutes"})) == [site_tree["restricted"].url]


def test_database_backend_answers_hostile_queries(client, site_tree):
    for query in ['"', "(((", "a" * 3000, "title:x^2", "\x00", "😀", "' OR 1=1 --"]:
        assert client.get("/en/search/", {"q": query}).status_code == 200
        assert client.get("/en/search/suggest/", {"q": query}).status_code == 200


def test_without_a_search_server_nothing_is_queued(site_tree):
    site_tree["news"].save_revision().publish()
    assert not PendingIndexUpdate.objects.exists()


def test_search_page_is_noindex_and_has_the_header_box(client, site_tree):
    response = client.get("/en/search/")
    content = response.content.decode()
    assert response["X-Robots-Tag"] == "noindex"
    assert 'name="robots" content="noindex"' in content
    assert 'data-suggest-url="/en/search/suggest/"' in content
