import pytest

from tests.journeys.stack import start_local_stack


@pytest.fixture(scope="session")
def local_stack(tmp_path_factory):
    """One `make run` installation for every journey test: SQLite, the task worker, the
    scheduler and the dev server, started once."""
    stack = start_local_stack(tmp_path_factory.mktemp("make-run"))
    try:
        yield stack
    finally:
        stack.stop()
