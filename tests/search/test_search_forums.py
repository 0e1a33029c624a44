"""Forum posts in the site search: what anonymous visitors and partners may read, nothing more."""

import pytest

from forums.structure import load_forum_structure
from search.models import PendingIndexUpdate
from tests.factories.accounts import member
from tests.factories.forums import PostFactory, site_forum, topic_with_posts

from .conftest import index_now


@pytest.fixture
def forum_posts(search_engine, home_page):
    load_forum_structure()
    public = topic_with_posts(forum=site_forum("WG3"), subject="Meerkatian networking ideas", replies=1)
    steering = topic_with_posts(forum=site_forum("steering"), subject="Pangolinic budget reallocation")
    waiting = topic_with_posts(forum=site_forum("WG1"), subject="Quollish waiting topic")
    PostFactory(topic=public, subject="Re: networking", content="A Tapirine reply awaiting approval", approved=False)
    waiting.approved = False
    waiting.save()
    index_now()
    return {"public": public, "steering": steering, "waiting": waiting}


def _page_and_suggestions(client, word, language="en"):
    page = client.get(f"/{language}/search/", {"q": word, "all": "1"})
    assert page.status_code == 200
    suggestions = client.get(f"/{language}/search/suggest/", {"q": word}).content.decode()
    return page, suggestions


def test_public_forum_posts_are_found_in_every_language_unmarked(client, forum_posts):
    for language in ("en", "bg", "sr"):
        response = client.get(f"/{language}/search/", {"q": "meerkatian"})
        results = response.context["results"]
        assert len(results) == 2 and all("?post=" in r["url"] for r in results)
        assert not any(r["other_language"] for r in results)
    facets = {f["param"]: {v["value"]: v["count"] for v in f["values"]} for f in response.context["facets"]}
    assert facets["type"] == {"post": 2} and facets["area"] == {"WG3": 2}


def test_a_private_forum_post_never_shows_up_for_an_anonymous_visitor(client, forum_posts):
    page, suggestions = _page_and_suggestions(client, "pangolinic")
    assert page.context["total"] == 0 and "Pangolinic" not in page.content.decode().replace("q=pangolinic", "")
    assert "Pangolinic" not in suggestions
    # Facets are counted on the same permission-filtered query: the private post adds to no count.
    assert all(value["count"] == 0 for facet in page.context["facets"] for value in facet["values"])

    member_client = client
    member_client.force_login(member())  # a verified member who is not a partner
    assert member_client.get("/en/search/", {"q": "pangolinic"}).context["total"] == 0


def test_partners_find_the_private_forum_posts(client, forum_posts):
    client.force_login(member(groups=["Partners"]))
    page, suggestions = _page_and_suggestions(client, "pangolinic")
    assert page.context["total"] == 1 and "Pangolinic" in suggestions
    types = next(facet for facet in page.context["facets"] if facet["param"] == "type")
    assert {value["value"]: value["count"] for value in types["values"]}["post"] == 1


def test_unapproved_posts_and_topics_are_not_found(client, forum_posts):
    for word in ("tapirine", "quollish"):
        page, suggestions = _page_and_suggestions(client, word)
        assert page.context["total"] == 0 and suggestions == '{"suggestions": []}'


def test_approving_moving_and_deleting_posts_follow_in_the_index(client, forum_posts):
    waiting = forum_posts["waiting"]
    waiting.approved = True
    waiting.save()
    index_now()
    assert client.get("/en/search/", {"q": "quollish"}).context["total"] == 1

    public = forum_posts["public"]
    public.forum = site_forum("steering")
    public.save()
    index_now()
    assert client.get("/en/search/", {"q": "meerkatian"}).context["total"] == 0

    forum_posts["waiting"].delete()
    index_now()
    assert client.get("/en/search/", {"q": "quollish"}).context["total"] == 0
    assert not PendingIndexUpdate.objects.exists()
