"""The real search server for the search tests (started by scripts/test.sh, SEARCH_URL).

Without it the tests skip on a developer's machine and fail under CI=true.
"""

from django.conf import settings
from django.test import override_settings

import pytest

from search import engine
from tests.servers import server_missing


@pytest.fixture(scope="session")
def search_server_url():
    url = getattr(settings, "TEST_SEARCH_URL", "")
    problem = None
    if not url:
        problem = "SEARCH_URL is not set (scripts/test.sh starts the search server)"
    else:
        try:
            engine.engine_of([url], timeout=10)
        except engine.EngineError as error:
            problem = f"the search server at {url} does not answer: {error}"
    if problem:
        server_missing(problem)
    return url


@pytest.fixture(scope="module")
def engine_on_for_the_module(search_server_url):
    """The engine on while a module builds the data its tests share, so that its rows wait in the queue of updates;
    each test writes the queue to its emptied indexes (index_now)."""
    with override_settings(SEARCH_URL=search_server_url):
        yield


@pytest.fixture
def search_engine(settings, search_server_url, db):
    """Switch the site search to the real engine with empty indexes for this test."""
    settings.SEARCH_URL = search_server_url
    settings.SEARCH_TIMEOUT = 5.0
    es = engine.client(timeout=30)
    engine.ensure_indexes(es)
    engine.clear(es)
    return es
