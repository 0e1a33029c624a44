"""The forum structure of the demo site, with its permissions, for the tests that read or post in the forums."""

import pytest

from forums.structure import load_forum_structure
from tests.module_transaction import module_transaction


@pytest.fixture(scope="module")
def _forums_of_the_module(request, django_db_setup, django_db_blocker):
    """The forum structure, built once for the module (see tests.module_transaction): whether it was."""
    with module_transaction(request, django_db_blocker) as open_:
        if open_:
            load_forum_structure()
        yield open_


@pytest.fixture
def forums(_forums_of_the_module, db, home_page):
    """The forum structure of the demo site, with its permissions."""
    if not _forums_of_the_module:
        load_forum_structure()
