import os
from pathlib import Path

import pytest

from tests.journeys.stack import start_local_stack


@pytest.fixture(scope="session")
def local_stack(tmp_path_factory):
    """One `make run` installation for every journey test: SQLite, the task worker, the
    scheduler and the dev server, started once."""
    # The runs of `make test` share a folder it names; parallel test processes (pytest-xdist)
    # otherwise share the folder above their own.
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("TEST_SHARED_DIR"):
        shared = Path(os.environ["TEST_SHARED_DIR"])
    elif os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    stack = start_local_stack(tmp_path_factory.mktemp("make-run"), installed=shared / "make-run-installed" / "var")
    try:
        yield stack
    finally:
        stack.stop()
