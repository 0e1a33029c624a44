"""The VCL's rules (deploy/varnish/default.vcl) against small backends of the tests' own, whose answers
each test chooses by path: what is kept, what is not, and what happens when a backend dies.

Fast (no site to build): the answers that matter are the headers.
"""

import os
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from tests.waiting import wait_until

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "varnish.sh"

# path: (Cache-Control, Set-Cookie)
ANSWERS = {
    "/public": ("public, s-maxage=1", None),
    "/listing": ("public, s-maxage=1", None),
    "/silent": (None, None),
    "/private": ("private, max-age=60", None),
    "/cookie": ("public, s-maxage=600", "messages=x; Path=/"),
}


def _handler(name):
    class Backend(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the HTTP method's name
            time.sleep(getattr(self.server, "delay", 0))
            cache_control, cookie = ANSWERS.get(self.path, ("no-store", None))
            body = f"{name} {self.path} cookie={self.headers.get('Cookie')}".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            if cache_control:
                self.send_header("Cache-Control", cache_control)
            if cookie:
                self.send_header("Set-Cookie", cookie)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_HEAD = do_GET

        def log_message(self, *args):
            pass

    return Backend


def _serve(name):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(name))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def varnish():
    """Varnish in front of two backends, `a` and `b`, and a refresh lane; yields (URL, backends by name)."""
    backends = {"a": _serve("a"), "b": _serve("b"), "refresh": _serve("refresh")}
    environment = {
        **os.environ,
        "VARNISH_PORT": os.environ.get("TEST_VARNISH_RULES_PORT", "6183"),
        "VARNISH_BACKENDS": f"127.0.0.1:{backends['a'].server_address[1]},127.0.0.1:{backends['b'].server_address[1]}",
        "VARNISH_REFRESH_BACKENDS": f"127.0.0.1:{backends['refresh'].server_address[1]}",
    }
    started = subprocess.run([str(SCRIPT), "start"], env=environment, capture_output=True, text=True, timeout=300)
    if started.returncode != 0:
        message = f"Varnish did not start: {started.stdout}{started.stderr}"
        if os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}:
            pytest.fail(message + " (CI=true, so this is an error, not a skip)", pytrace=False)
        pytest.skip(message)
    url = subprocess.run([str(SCRIPT), "url"], env=environment, capture_output=True, text=True).stdout.strip()
    try:
        yield url, backends
    finally:
        subprocess.run([str(SCRIPT), "stop"], env=environment, timeout=60)
        for server in backends.values():
            server.shutdown()
            server.server_close()


def _twice(url, **kwargs):
    requests.get(url, timeout=10, **kwargs)
    return requests.get(url, timeout=10, **kwargs)


def test_a_response_without_cache_control_is_not_kept(varnish):
    url, _backends = varnish
    assert _twice(url + "/silent").headers["X-Cache"] != "HIT"


def test_private_responses_and_cookies_are_not_kept(varnish):
    url, _backends = varnish
    assert _twice(url + "/private").headers["X-Cache"] != "HIT"
    response = _twice(url + "/cookie")
    assert response.headers["X-Cache"] != "HIT"


def test_anonymous_cookies_do_not_reach_the_application(varnish):
    url, _backends = varnish
    response = requests.get(url + "/silent", cookies={"csrftoken": "abc"}, timeout=10)
    assert response.text.endswith("cookie=None")


def _from_the_refresh_lane(response):
    return response if response.text.split()[0] == "refresh" else None


def _answered_by(url, times=4):
    answers = [requests.get(url + "/silent", timeout=10) for _ in range(times)]
    assert [answer.status_code for answer in answers] == [200] * times
    return {answer.text.split()[0] for answer in answers}


def test_a_busy_backend_that_answers_its_probe_slowly_stays_in_the_rotation(varnish):
    url, backends = varnish
    backends["a"].delay = 1.5  # every answer, the health probe's included: a burst of uncached pages
    try:
        # Four probes or more, one a second: enough to take a failing server out. Staying in for that long
        # is the behaviour under test, so the test sleeps instead of waiting for a condition.
        time.sleep(5)
        assert _answered_by(url) == {"a", "b"}
    finally:
        backends["a"].delay = 0


def test_a_stale_page_is_refetched_by_the_refresh_lane_while_the_servers_are_busy(varnish):
    url, backends = varnish
    assert _twice(url + "/listing").headers["X-Cache"] == "HIT"
    time.sleep(1.2)  # past its s-maxage, as after a soft purge: the page's age is what is tested
    backends["a"].delay = backends["b"].delay = 2  # a queue of visitors' uncached pages
    try:
        stale = requests.get(url + "/listing", timeout=10)
        assert stale.text.split()[0] in {"a", "b"}  # the stale copy, at once; the refetch starts
        refreshed = wait_until(lambda: _from_the_refresh_lane(requests.get(url + "/listing", timeout=10)), 5)
        assert refreshed, "the refresh lane never refetched the stale page"
        assert int(refreshed.headers["Age"]) < 2
    finally:
        backends["a"].delay = backends["b"].delay = 0


# Last in the module: it stops the backends.
def test_a_dead_backend_leaves_the_rotation_and_stale_pages_are_served_when_all_are_down(varnish):
    url, backends = varnish
    assert _twice(url + "/public").headers["X-Cache"] == "HIT"
    backends["b"].shutdown()
    backends["b"].server_close()
    # Before any probe has noticed: the request sent to the dead server is tried on the other one.
    assert _answered_by(url) == {"a"}
    time.sleep(2.5)  # two failed probes, one a second: the probe's timing is what is tested
    answered = {requests.get(url + "/silent", timeout=10).text.split()[0] for _ in range(4)}
    assert answered == {"a"}
    backends["refresh"].shutdown()
    backends["refresh"].server_close()
    backends["a"].shutdown()
    backends["a"].server_close()
    time.sleep(2.5)  # /public (s-maxage=1) is stale by now, and no backend is healthy: the age is what is tested
    stale = requests.get(url + "/public", timeout=10)
    assert stale.status_code == 200
    assert int(stale.headers["Age"]) >= 2
