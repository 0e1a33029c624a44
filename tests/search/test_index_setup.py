"""Processes that start together (web servers, task workers) set up the search indexes once between them."""

import threading

from search import engine


def test_processes_creating_the_missing_indexes_at_once_leave_one_index_per_alias(settings, search_server_url):
    settings.SEARCH_URL = search_server_url
    settings.SEARCH_INDEX_PREFIX = f"{settings.SEARCH_INDEX_PREFIX}-race"
    es = engine.client(timeout=30)
    engine.drop_all(es)
    starting_line = threading.Barrier(4)
    failures = []

    def start_a_process():
        starting_line.wait()
        try:
            engine.ensure_indexes(es)
        except Exception as error:  # noqa: BLE001 - every failure is reported by the assertion below
            failures.append(error)

    processes = [threading.Thread(target=start_a_process) for _ in range(4)]
    try:
        for process in processes:
            process.start()
        for process in processes:
            process.join()

        assert failures == []
        aliases = es.indices.get_alias(index=f"{settings.SEARCH_INDEX_PREFIX}-site-*")
        indexes_per_alias = {}
        for data in aliases.values():
            for alias in data["aliases"]:
                indexes_per_alias[alias] = indexes_per_alias.get(alias, 0) + 1
        assert indexes_per_alias == {engine.alias_name(lang): 1 for lang in engine.languages()}
    finally:
        engine.drop_all(es)
