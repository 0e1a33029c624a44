"""A newcomer's `make run` searches with the real engine: an inflected Bulgarian word finds the pages
that use another form of it, highlighted, without the notice of the database fallback."""

import os
import urllib.parse
import urllib.request

import pytest

from tests.servers import server_missing

pytestmark = pytest.mark.slow_setup


def test_a_bulgarian_visitor_finds_inflected_words_with_the_engine(local_stack):
    if not os.environ.get("SEARCH_URL"):
        server_missing("no search engine for the stack (scripts/test.sh starts one)")
    query = urllib.parse.urlencode({"q": "клъстерите"})
    with urllib.request.urlopen(f"{local_stack.url}/bg/search/?{query}", timeout=30) as response:  # noqa: S310
        html = response.read().decode()
    assert "search-notice" not in html  # the database fallback's notice
    assert "За ClusterPoliSEE" in html
    assert "<mark>" in html
