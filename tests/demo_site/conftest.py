"""The demo site, loaded once for every module of this package, in a transaction rolled back after the last.

Loading it takes a minute; the modules here read it (and change it only inside their own savepoints).
The modules of this package run in one test process (see `pytest_xdist_make_scheduler` in
tests/conftest.py), so one load serves them all.

A live server runs for the package: the browser tests talk to it. It runs in another thread but
shares the test's database connection, so it sees the open transaction; the browser visits one page
at a time, so the connection is never used by two threads at once.
"""

from contextlib import contextmanager
from dataclasses import dataclass
from io import StringIO

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.core.servers.basehttp import ThreadedWSGIServer
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections, transaction
from django.test.testcases import LiveServerThread

import pytest


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
    with django_db_blocker.unblock():
        shared = connections["default"]  # the connection itself: `django.db.connection` only points to it
        server = _LiveServerSharingTheConnection("localhost", _HandlerKeepingTheConnection, {"default": shared})
        server.daemon = True
        shared.inc_thread_sharing()
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        try:
            with transaction.atomic():
                output = StringIO()
                call_command("load_demo", "--if-empty", stdout=output)
                yield DemoSite(url=f"http://localhost:{server.port}", load_output=output.getvalue())
                transaction.set_rollback(True)
        finally:
            # The server closes its connections when it stops: only now that the transaction is over.
            server.terminate()
            shared.dec_thread_sharing()


class _ServerSharingTheConnection(ThreadedWSGIServer):
    def _close_connections(self):
        """Keep the shared connection, and its transaction, open after each request."""


class _LiveServerSharingTheConnection(LiveServerThread):
    server_class = _ServerSharingTheConnection


class _HandlerKeepingTheConnection(StaticFilesHandler):
    """Serves a request without closing the shared connection when it starts and ends, as Django's test client
    does for its own requests."""

    def __call__(self, environ, start_response):
        with _connection_left_open():
            response = super().__call__(environ, start_response)
        close = response.close

        def close_keeping_the_connection():
            with _connection_left_open():
                close()

        response.close = close_keeping_the_connection
        return response


@contextmanager
def _connection_left_open():
    """Requests close unusable connections when they start and end, as one inside a transaction looks to them."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
