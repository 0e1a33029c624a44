"""Processes that start together (web servers, task workers) set up the search indexes once between them."""

import copy
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


def test_indexes_built_before_a_new_analyser_keep_taking_updates_until_rebuilt(
    settings, search_server_url, caplog, monkeypatch, db
):
    """An upgrade that adds a sub-field with a new analyser: the old indexes cannot take its mapping, but
    publishing must go on reaching them (queries on the missing sub-field simply find nothing there)."""
    from search import analysis, services

    settings.SEARCH_URL = search_server_url
    settings.SEARCH_INDEX_PREFIX = f"{settings.SEARCH_INDEX_PREFIX}-upgrade"
    es = engine.client(timeout=30)
    engine.drop_all(es)
    old_settings = analysis.index_settings

    def without_the_prefix_analyser(language):
        built = copy.deepcopy(old_settings(language))
        del built["settings"]["analysis"]["analyzer"]["prefix"]
        for field in built["mappings"]["properties"].values():
            field.get("fields", {}).pop("prefix", None)
        return built

    try:
        with monkeypatch.context() as old_release:
            old_release.setattr(engine, "index_settings", without_the_prefix_analyser)
            old_release.setattr(engine, "MAPPINGS", without_the_prefix_analyser("en")["mappings"])
            engine.ensure_indexes(es)
        engine._mappings_checked.clear()
        documents = [{**_document(), "_id": "page-1"}]
        engine.ensure_indexes(es)
        assert "rebuild_search_index" in caplog.text
        engine.write(es, documents, [], refresh=True)
        hits = es.search(index=engine.all_aliases(), body={"query": {"match": {"title": "wombat"}}})["hits"]["hits"]
        assert [hit["_id"] for hit in hits] == ["page-1"]
        services.rebuild()
        mapping = es.indices.get_mapping(index=engine.alias_name("en"))
        assert "prefix" in next(iter(mapping.values()))["mappings"]["properties"]["title"]["fields"]
    finally:
        engine._mappings_checked.clear()
        engine.drop_all(es)


def _document():
    return {
        "kind": "page",
        "object_id": 1,
        "content_type": "page",
        "locale": "en",
        "language": "en",
        "untranslated": False,
        "fallback_for": [],
        "audience": "public",
        "translation_key": "",
        "title": "Wombat cluster",
        "introduction": "",
        "body": "",
        "document_text": "",
        "thematic_areas": [],
        "work_package": [],
        "country": [],
        "year": 2013,
        "date": "2013-01-01",
        "url": "/en/wombat/",
    }
