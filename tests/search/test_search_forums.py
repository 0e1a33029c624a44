"""Forum posts in the site search: what anonymous visitors and partners may read, nothing more, each
in the index of the language it is written in."""

from django.core.management import call_command

import pytest

from forums.structure import load_forum_structure
from search import engine
from search.models import PendingIndexUpdate
from search.sources.posts import documents as post_documents
from tests.factories.accounts import member
from tests.factories.forums import PostFactory, TopicFactory, site_forum, topic_with_posts
from tests.search.indexing import index_now

from .judged_queries import POSTS, QUERIES


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
        # The post opens in the forum of the visitor's language.
        assert all(r["url"].startswith(f"/{language}/forum/") for r in results), results
        assert not any(r["untranslated"] for r in results)
        suggestions = client.get(f"/{language}/search/suggest/", {"q": "meerkatian"}).json()["suggestions"]
        assert suggestions and all(s["url"].startswith(f"/{language}/forum/") for s in suggestions)
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


# --- The language of a post ------------------------------------------------------------------------


def _indexes_holding(es, post):
    """The languages whose index holds this post (once each, or the post is there twice)."""
    es.indices.refresh(index=engine.all_aliases())
    languages = {index: language for language, index in engine.current_indexes(es).items()}
    found = es.search(index=engine.all_aliases(), body={"query": {"ids": {"values": [f"post-{post.pk}"]}}})
    return sorted(languages[hit["_index"]] for hit in found["hits"]["hits"])


def _post(text, poster=None, **fields):
    topic = TopicFactory(forum=site_forum("WG3"), subject=text.title, **({"poster": poster} if poster else {}))
    return PostFactory(topic=topic, subject=text.title, content=text.introduction, **fields)


@pytest.fixture
def written_posts(search_engine, home_page):
    """A post in each language of the judged set, by members without a profile (hint: the default language)."""
    load_forum_structure()
    posts = {language: _post(text) for language, text in POSTS.items()}
    index_now()
    return posts


def test_each_post_is_indexed_in_the_language_it_is_written_in(search_engine, written_posts):
    assert {language: _indexes_holding(search_engine, post) for language, post in written_posts.items()} == {
        language: [language] for language in POSTS
    }


@pytest.mark.parametrize("language", sorted(POSTS))
def test_a_post_is_found_by_other_forms_of_its_words_in_its_language(client, written_posts, language):
    """Both ways of each inflection pair (bg град → градовете, срещи → среща; Serbian in both scripts): the
    post's own analyser brings the forms together, the default language's would not."""
    post = written_posts[language]
    queries = [query for query, expected in QUERIES[language] if "post" in expected]
    assert len(queries) >= 2
    for query in queries:
        results = client.get(f"/{language}/search/", {"q": query}).context["results"]
        assert any(f"?post={post.pk}#" in result["url"] for result in results), query
        # Shown in every locale: an English visitor's search finds it too (the query meets the post's analyser).
        results = client.get("/en/search/", {"q": query}).context["results"]
        assert any(f"?post={post.pk}#" in result["url"] for result in results), query


def test_a_post_in_another_language_names_its_language_and_is_not_marked_untranslated(client, written_posts):
    response = client.get("/hu/search/", {"q": "град"})
    (result,) = response.context["results"]
    assert (result["language"], result["other_language"], result["untranslated"]) == ("bg", True, False)
    html = response.content.decode()
    assert '<li class="search-result" lang="bg">' in html
    assert '<span class="badge" lang="hu">Bolgár</span>' in html
    assert "Nincs lefordítva" not in html
    # In its own language, nothing is added; the Bulgarian reader finds it first among the pages and posts.
    response = client.get("/bg/search/", {"q": "клъстерите"})
    first = response.context["results"][0]
    assert f"?post={written_posts['bg'].pk}#" in first["url"] and not first["other_language"]


def test_a_post_too_short_to_tell_takes_its_authors_language(search_engine, home_page):
    load_forum_structure()
    hungarian = member(language="hu")
    by_member = _post(POSTS["hu"]._replace(title="Szia", introduction="Ok +1"), poster=hungarian)
    by_guest = PostFactory(topic=by_member.topic, subject="Szia", content="Ok +1", poster=None, username="Vendég")
    index_now()
    assert _indexes_holding(search_engine, by_member) == ["hu"]
    assert _indexes_holding(search_engine, by_guest) == ["en"]  # no author's language: the default one


def test_a_post_between_two_close_languages_takes_its_authors(search_engine, home_page):
    """Thanks for the answer, "Hvala za odgovor", reads as Slovenian (0.51) or Croatian (0.49): the author
    settles it."""
    load_forum_structure()
    text = POSTS["sl"]._replace(title="Odgovor", introduction="Hvala za odgovor")
    croatian = _post(text, poster=member(language="hr"))
    english = _post(text, poster=member(language="en"))
    index_now()
    assert _indexes_holding(search_engine, croatian) == ["hr"]
    assert _indexes_holding(search_engine, english) == ["sl"]


def test_a_replys_quotes_links_and_subject_do_not_decide_its_language(search_engine, written_posts):
    topic = written_posts["de"].topic
    reply = PostFactory(
        topic=topic,
        subject=f"Re: {topic.subject}",
        content="> Die Länder sollten ihre Förderprogramme besser abstimmen.\n\n"
        "Кои градове вече имат такава програма? https://example.org/foerderprogramme-fuer-cluster-in-den-laendern",
    )
    index_now()
    assert _indexes_holding(search_engine, reply) == ["bg"]


def test_a_post_indexed_in_the_default_language_moves_to_its_own_without_a_copy_left(search_engine, written_posts):
    """Deployments indexed every post in the default language's index. A post indexed again (edited, or
    by a rebuild) moves to its language's index, and no copy stays in the old one."""
    post = written_posts["bg"]

    def indexed_as_before():
        (document,), _deleted = post_documents([post.pk])
        engine.write(search_engine, [{**document, "language": "en", "locale": "en"}], [], refresh=True)
        assert _indexes_holding(search_engine, post) == ["en"]

    indexed_as_before()
    post.content = f"{post.content.raw} Ще ви изпратя поканата."
    post.save()
    index_now()
    assert _indexes_holding(search_engine, post) == ["bg"]

    indexed_as_before()
    call_command("rebuild_search_index", verbosity=0)
    assert _indexes_holding(search_engine, post) == ["bg"]
