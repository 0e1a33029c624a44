"""The site tells Elasticsearch from OpenSearch by asking the server, and takes that engine's own client."""

import os

import elasticsearch
import opensearchpy
import pytest

from search import engine
from tests.ports import free_port


def test_the_server_says_which_engine_it_is_and_gets_its_own_client(settings, search_server_url):
    # scripts/test.sh runs the search tests once per engine, naming the one it started.
    expected = os.environ.get("SEARCH_ENGINE", "opensearch")
    assert engine.engine_of([search_server_url], timeout=10) == expected
    settings.SEARCH_URL = search_server_url
    client = engine.client(timeout=10)
    expected_client = elasticsearch.Elasticsearch if expected == "elasticsearch" else opensearchpy.OpenSearch
    assert isinstance(client, expected_client)
    assert client.cluster.health()["status"] in ("green", "yellow")


def test_a_dead_node_first_in_the_list_is_passed_over(search_server_url):
    dead = f"http://127.0.0.1:{free_port()}"
    assert engine.engine_of([dead, search_server_url], timeout=10) in ("elasticsearch", "opensearch")


def test_no_server_answering_is_an_engine_error_the_site_falls_back_on():
    with pytest.raises(engine.EngineError):
        engine.engine_of([f"http://127.0.0.1:{free_port()}"], timeout=2)
