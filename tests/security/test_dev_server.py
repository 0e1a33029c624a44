"""The development server of `make run` answers hostile static and media paths without a 500."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import pytest
import requests

from tests.ports import free_port
from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]


def status(url):
    try:
        return requests.get(url, timeout=30).status_code
    except requests.ConnectionError:
        return None


@pytest.fixture
def dev_server(db):
    """`manage.py runserver` with the development settings, on the test database (read only here)."""
    database = settings.DATABASES["default"]
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    port = free_port()
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "DATABASE_URL": url}
    command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"]
    server = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        answering = wait_until(
            lambda: server.poll() is not None or status(base + "/static/css/site.css") == 200, 180, interval=0.5
        )
        if not answering or server.poll() is not None:
            pytest.fail("the development server did not start: " + server.stderr.read().decode()[-2000:])
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_path_traversal_under_static_and_media_is_refused_without_a_server_error(dev_server):
    assert status(dev_server + "/static/..%2f..%2fvar%2fdb.sqlite3") == 404
    assert status(dev_server + "/static/%2e%2e/%2e%2e/config/settings/dev.py") == 404
    assert status(dev_server + "/media/..%2f..%2fconfig%2fsettings%2fdev.py") == 400
    assert status(dev_server + "/static/wagtailadmin/css/core.css") == 200  # apps' files are still served
