"""The page-view beacon: what counting adds to a view, and how many beacons one worker answers.

In process: the time a counted view takes, answered as config/wsgi.py answers it (Redis, one round trip).
Through gunicorn with one sync worker and production settings: beacons a second, sent by `ab` as
seen.js sends them (POST) and as the <noscript> image asks (GET); then a flush, whose count must
equal the beacons `ab` saw answered.
"""

import io
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.test import override_settings

from indicators import counting
from indicators.beacon import answer_beacons_first
from indicators.models import Count
from tests.bench.bench_throughput import _ensure_ab, _wait_for_port
from tests.factories.knowledge import all_locales, new_home_page
from tests.ports import free_port

REPO = Path(__file__).resolve().parents[2]
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
BEACONS = int(os.environ.get("BENCH_BEACONS", "10000"))
IN_PROCESS_VIEWS = 5000


def _redis_cache():
    return {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": settings.TEST_REDIS_URL}}


def _views(page):
    return sum(Count.objects.filter(kind=Count.Kind.PAGE_VIEW, object_id=page.pk).values_list("count", flat=True))


def _ab(url, *flags):
    # A fixed number of requests, not a time: every beacon sent is answered before the flush counts them.
    command = ["ab", "-r", "-q", "-c", "4", "-n", str(BEACONS), "-H", f"User-Agent: {BROWSER}", *flags, url]
    result = subprocess.run(command, capture_output=True, text=True)  # noqa: S603 - a fixed command
    rate = float(re.search(r"Requests per second:\s+([\d.]+)", result.stdout).group(1))
    complete = int(re.search(r"Complete requests:\s+(\d+)", result.stdout).group(1))
    failed = int(re.search(r"Failed requests:\s+(\d+)", result.stdout).group(1))
    return rate, complete, failed


def run(report):
    _ensure_ab()
    page = new_home_page(all_locales())
    with override_settings(CACHES=_redis_cache()):
        _in_process(report, page)
        _through_gunicorn(report, page)


def _in_process(report, page):
    beacons_first = answer_beacons_first(lambda environ, start_response: [])
    environs = [
        {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": "/seen",
            "QUERY_STRING": f"p={page.pk}&l=en&r=example.org",
            "CONTENT_LENGTH": "0",
            "HTTP_USER_AGENT": BROWSER,
            "HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9",
            "wsgi.input": io.BytesIO(b""),
        }
        for _ in range(IN_PROCESS_VIEWS)
    ]
    beacons_first(environs[0], lambda status, headers: None)  # warm: the Redis client, the bot list's answer
    started = time.perf_counter()
    for environ in environs[1:]:
        beacons_first(environ, lambda status, headers: None)
    per_view = (time.perf_counter() - started) / (IN_PROCESS_VIEWS - 1) * 1000
    report("beacon answered in process (view, referrer, language)", f"{per_view:.3f} ms", "per view (budget 1 ms)")
    counting.flush()


def _through_gunicorn(report, page):
    workdir = Path(tempfile.mkdtemp(prefix="clusterpolisee-bench-beacon-"))
    port = free_port()
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.bench.settings",
        "SECRET_KEY": "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SITE_URL": f"http://localhost:{port}",
        "DATABASE_URL": "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**database),
        "CACHE_URL": settings.TEST_REDIS_URL,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "VAR_DIR": str(workdir),
        "LOG_LEVEL": "WARNING",
    }
    hello_port = free_port()
    hello = _gunicorn("tests.bench.hello", hello_port, workdir, env)
    try:
        _wait_for_port(hello_port)
        rate, _complete, failed = _ab(f"http://127.0.0.1:{hello_port}/")
        report("smallest WSGI app via gunicorn, 1 sync worker (ceiling)", f"{rate:,.0f} req/s", f"failed {failed}")
    finally:
        hello.terminate()
        hello.wait(timeout=30)
    gunicorn = _gunicorn("config.wsgi", port, workdir, env)
    try:
        _wait_for_port(port)
        base = f"http://127.0.0.1:{port}/seen"
        empty = workdir / "empty"
        empty.write_bytes(b"")
        before = _views(page)
        rate, complete, failed = _ab(f"{base}?p={page.pk}&l=en", "-p", str(empty), "-T", "text/plain")
        report("beacon via gunicorn, 1 sync worker (POST, seen.js)", f"{rate:,.0f} req/s", f"failed {failed}")
        rate, pixel_complete, pixel_failed = _ab(f"{base}?p={page.pk}&l=en")
        report("beacon via gunicorn, 1 sync worker (GET, <noscript>)", f"{rate:,.0f} req/s", f"failed {pixel_failed}")
        counting.flush()
        counted = _views(page) - before
        answered = complete - failed + pixel_complete - pixel_failed
        report("views counted after the flush / beacons answered", f"{counted:,} / {answered:,}", "")
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)


def _gunicorn(application, port, workdir, env):
    return subprocess.Popen(  # noqa: S603
        [str(Path(sys.executable).parent / "gunicorn"), application, "--bind", f"127.0.0.1:{port}", "--workers", "1"]
        + ["--worker-class", "sync", "--control-socket", str(workdir / f"gunicorn-{port}.ctl")],
        cwd=REPO,
        env=env,
        stderr=open(workdir / f"gunicorn-{port}.log", "w"),  # noqa: SIM115
    )
