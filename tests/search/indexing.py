"""Indexing at once in the search tests, which run inside a transaction that never commits."""

from search import engine, services


def index_now():
    """What the background task does after commit (tests run inside one transaction).

    The refresh also covers updates a task already applied (transactional tests run
    their tasks on commit), so everything indexed so far is searchable right away.
    """
    assert services.process_pending(refresh=True)
    engine.client().indices.refresh(index=engine.all_aliases())
