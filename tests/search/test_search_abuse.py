"""What one visitor's search can cost the site: bounded words, a constant number of queries per
results page, a limit per client, and nothing the engine returns trusted as HTML."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from knowledge.models import NewsPage
from search.params import MAX_QUERY_LENGTH, MAX_QUERY_TERMS, MAX_TERM_LENGTH, clean_query
from search.results import snippet as _snippet
from tests.factories.knowledge import NewsPageFactory


def test_a_query_is_cut_to_a_few_words_of_sensible_length_before_any_backend():
    assert len(clean_query(" ".join("abcdefghijklmnopqrstuvwxyz" * 4)).split()) == MAX_QUERY_TERMS
    assert clean_query("x" * 100_000) == "x" * MAX_TERM_LENGTH
    assert len(clean_query(" ".join(["word"] * 5_000))) <= MAX_QUERY_LENGTH
    assert clean_query("cluster\x00policy\ue000x\ue001") == "cluster policy x"


def _count_queries(client, path, params):
    client.get(path, params)  # per-process caches (site root paths, locales) fill on the first request
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, params)
    assert response.status_code == 200
    return response, len(captured)


def test_database_search_costs_the_same_queries_for_few_and_many_matches(client, site_tree):
    news_index = site_tree["news"].get_parent()

    def add_plenaries(count):
        for _number in range(count):
            number = NewsPage.objects.count()
            NewsPageFactory(parent=news_index, title=f"Steering plenary {number}", date=datetime.date(2013, 1, 1))

    # A word no generated text contains ("meeting" is among the words Faker writes introductions with).
    add_plenaries(2)
    few, few_queries = _count_queries(client, "/en/search/", {"q": "plenary", "all": "1"})
    add_plenaries(40)
    many, many_queries = _count_queries(client, "/en/search/", {"q": "plenary", "all": "1"})
    assert few.context["total"] == 2
    assert many.context["total"] == 42
    assert len(many.context["results"]) == 10
    assert many_queries == few_queries


def test_a_flood_of_one_letter_words_is_cheap_on_the_database_backend(client, site_tree):
    words = " ".join("abcdefghijklmnopqrstuvwxyz" * 4)
    _response, flood_queries = _count_queries(client, "/en/search/", {"q": words, "all": "1"})
    _response, one_word_queries = _count_queries(client, "/en/search/", {"q": "meeting", "all": "1"})
    assert flood_queries <= one_word_queries


def test_searches_are_limited_per_client_with_a_message_in_the_visitors_language(client, site_tree, settings):
    settings.SEARCH_REQUESTS_PER_MINUTE = 3
    settings.SEARCH_SUGGESTIONS_PER_MINUTE = 2
    for _attempt in range(3):
        assert client.get("/bg/search/", {"q": "клъстер"}).status_code == 200
    refused = client.get("/bg/search/", {"q": "клъстер"})
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "Търсихте много често" in refused.content.decode()
    assert client.get("/bg/search/", {"q": "клъстер"}, REMOTE_ADDR="192.0.2.7").status_code == 200

    assert [client.get("/en/search/suggest/", {"q": "clu"}).status_code for _ in range(3)] == [200, 200, 429]


def test_highlights_from_the_engine_are_escaped_and_only_marks_added():
    hit = {
        "_source": {"introduction": ""},
        "highlight": {"body": ['<img src=x onerror=alert(1)> \ue000cluster\ue001 <mark onclick="x">&amp;\ue000']},
    }
    html = str(_snippet(hit))
    assert "<img" not in html and "<mark onclick" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; <mark>cluster</mark>" in html
    assert html.count("<mark>") == html.count("</mark>") == 2
