"""A live server that serves the test's own database connection, open transaction included.

pytest-django's `live_server` needs committed rows, so its tests are transactional: each one empties the
tables after it, and the next builds its data again. This server runs in another thread but shares the
test's connection, so it serves data built once in a transaction that is never committed (a module's or a
package's, see tests.module_transaction), and each test's own savepoint with it. It answers one request at a
time (a page's assets and scripts' requests come in parallel): the connection is never used by two at once.

Start the browser before the transaction: starting Playwright switches the test code to another context,
where Django would open a new database connection, outside the transaction holding the data.
"""

import threading
from contextlib import contextmanager

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.servers.basehttp import ThreadedWSGIServer
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections
from django.test.testcases import LiveServerThread


@contextmanager
def live_server_sharing_the_connection():
    """Yields the server's URL; the server stops when the block ends, and leaves the connection open."""
    shared = connections["default"]  # the connection itself: `django.db.connection` only points to it
    server = _LiveServerSharingTheConnection("localhost", _HandlerKeepingTheConnection, {"default": shared})
    server.daemon = True
    shared.inc_thread_sharing()
    server.start()
    server.is_ready.wait()
    if server.error:
        shared.dec_thread_sharing()
        raise server.error
    try:
        yield f"http://localhost:{server.port}"
    finally:
        server.terminate()
        shared.dec_thread_sharing()


class _ServerSharingTheConnection(ThreadedWSGIServer):
    def _close_connections(self):
        """Keep the shared connection, and its transaction, open after each request."""

    def serve_forever(self, *args, **kwargs):
        try:
            super().serve_forever(*args, **kwargs)
        finally:
            # The server's thread closes its connections when it ends: not the shared one, whose transaction may
            # still be open.
            del connections["default"]


class _LiveServerSharingTheConnection(LiveServerThread):
    server_class = _ServerSharingTheConnection


class _HandlerKeepingTheConnection(StaticFilesHandler):
    """Serves a request without closing the shared connection when it starts and ends, as Django's test client
    does for its own requests."""

    _one_at_a_time = threading.Lock()

    def __call__(self, environ, start_response):
        with self._one_at_a_time, _connection_left_open():
            response = super().__call__(environ, start_response)
        close = response.close

        def close_keeping_the_connection():
            with self._one_at_a_time, _connection_left_open():
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
