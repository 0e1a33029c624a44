"""The embedded default: no search server configured, Wagtail's database backend answers."""

from django.contrib.auth.models import Group, User

from wagtail.models import PageViewRestriction

from core.permissions import PARTNERS_GROUP_NAME
from search.models import PendingIndexUpdate
from tests.factories.translation import translate


def _urls(response):
    assert response.status_code == 200
    return [r["url"] for r in response.context["results"]]


def test_database_backend_finds_pages_in_the_visitors_language(client, site_tree):
    response = client.get("/en/search/", {"q": "assessment"})
    assert _urls(response) == [site_tree["deliverable"].url]
    assert not response.context["engine_unavailable"]
    assert not response.context["facets"]


def test_database_backend_keeps_restricted_content_out(client, site_tree):
    restricted = site_tree["restricted"].url
    assert restricted not in _urls(client.get("/en/search/", {"q": "steering minutes"}))
    assert "Internal steering" not in client.get("/en/search/suggest/", {"q": "steering"}).content.decode()
    practice = site_tree["practice"]
    assert practice.url in _urls(client.get("/en/search/", {"q": "vouchers"}))
    PageViewRestriction.objects.create(page=practice, restriction_type=PageViewRestriction.LOGIN)
    assert "/good-practices/vouchers/" not in " ".join(_urls(client.get("/en/search/", {"q": "vouchers"})))
    assert "/good-practices/vouchers/" not in " ".join(_urls(client.get("/bg/search/", {"q": "vouchers"})))

    partner = User.objects.create_user("partner", password="x")
    partner.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP_NAME)[0])
    client.force_login(partner)
    assert site_tree["restricted"].url in _urls(client.get("/en/search/", {"q": "steering minutes"}))


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


def _suggested_titles(client, language, typed):
    response = client.get(f"/{language}/search/suggest/", {"q": typed})
    assert response.status_code == 200
    return [suggestion["title"] for suggestion in response.json()["suggestions"]]


def test_database_backend_suggests_titles_from_the_first_three_letters(client, site_tree, locales):
    bulgarian = {
        "Cluster policy learning starts": "Клъстерната политика започва с работни групи",
        "Transnational workshop": "Транснационален семинар",
    }
    translate(site_tree["news"], locales["bg"], lambda text: bulgarian.get(text, text))
    title = "Клъстерната политика започва с работни групи"
    for typed in ("клъ", "клъст", "работ", "Клъстерн", "клъстерната пол", "политика рабо"):
        assert _suggested_titles(client, "bg", typed) == [title], typed
    assert _suggested_titles(client, "bg", "рабо клъстерна") == []  # every word must be found
    assert _suggested_titles(client, "en", "Clu") == ["Cluster policy learning starts"]
    # Two letters suggest nothing on either backend: too many titles begin with them to help.
    assert _suggested_titles(client, "bg", "кл") == []
