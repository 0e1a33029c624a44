"""The demo site, loaded once for every module of this package, in a transaction rolled back after the last.

Loading it takes a minute; the modules here read it (and change it only inside their own savepoints).
The modules of this package run in one test process (see `pytest_xdist_make_scheduler` in
tests/conftest.py), so one load serves them all.

A live server runs for the package: the browser tests talk to it. It shares the test's database
connection (see tests.shared_live_server), so it sees the open transaction.
"""

from dataclasses import dataclass
from io import StringIO

from django.core.management import call_command
from django.db import transaction

import pytest

from tests.shared_live_server import live_server_sharing_the_connection


@dataclass(frozen=True)
class DemoSite:
    url: str  # of the live server
    load_output: str  # what `load_demo` printed


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker, browser):
    """Loaded as `make run` does on its first start: with --if-empty, into a freshly migrated database.

    The browser starts first: starting Playwright switches the test code to another context, where Django
    would open a new database connection, outside the transaction holding the demo site.
    """
    with django_db_blocker.unblock(), live_server_sharing_the_connection() as url, transaction.atomic():
        output = StringIO()
        call_command("load_demo", "--if-empty", stdout=output)
        yield DemoSite(url=url, load_output=output.getvalue())
        transaction.set_rollback(True)
