"""Throughput through the real server, as a ratio to a bare Django view.

gunicorn with one sync worker and production settings (DEBUG off, Redis cache, the search server,
the demo content) serves every page and /_bench/bare (a constant string through the whole
middleware stack, tests/bench/urls.py). Each page is measured between two bare runs and compared
with their mean, so that the ratio holds on a machine whose speed drifts. Then the same pages
through Varnish. Requests are timed with `ab` (apache2-utils). The mixed load runs on the whole
production stack (bench_stack.py).
"""

import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import translation

from tests.ports import free_port

REPO = Path(__file__).resolve().parents[2]
SECONDS_PER_RUN = float(os.environ.get("BENCH_SECONDS", "6"))


def _wait_for_port(port, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port}")


def _ensure_ab():
    if not shutil.which("ab"):
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)  # noqa: S603
        subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "apache2-utils"], check=True)  # noqa: S603


def requests_per_second(url, concurrency=2, seconds=SECONDS_PER_RUN, keep_alive=False):
    # Keep-alive only through Varnish: gunicorn's sync workers close every connection, and ab gives up
    # on a connection it meant to reuse that was reset (-r: count it and go on instead).
    flags = ["-k"] if keep_alive else []
    result = subprocess.run(  # noqa: S603 - a fixed command
        ["ab", *flags, "-r", "-q", "-c", str(concurrency), "-t", str(seconds), "-n", "1000000", "-s", "60", url],  # noqa: S607
        capture_output=True,
        text=True,
    )
    found = re.search(r"Requests per second:\s+([\d.]+)", result.stdout)
    if not found:  # ab gave up (e.g. a timeout): the figure is missing, the other ones still count
        print(f"  ab failed on {url}: {result.stderr.strip()[-200:]}", flush=True)
        return float("nan"), Counter({"ab gave up": 1})
    rate = float(found.group(1))
    # ab also counts as failed an answer whose length differs from the first one's (a page with a
    # per-request nonce, a forum index whose "last post" changed): those were answered, not errors.
    errors = Counter()
    failed = re.search(r"Connect: (\d+), Receive: (\d+), Length: \d+, Exceptions: (\d+)", result.stdout)
    if failed:
        errors.update(dict(zip(("connect", "receive", "exceptions"), map(int, failed.groups()), strict=True)))
    non_2xx = re.search(r"Non-2xx responses:\s+(\d+)", result.stdout)
    if non_2xx:
        errors["non-2xx"] = int(non_2xx.group(1))
    return rate, +errors


def describe_errors(errors):
    """The errors `requests_per_second` counted, by kind: "errors 3 (receive 2, non-2xx 1)"."""
    total = sum(errors.values())
    kinds = ", ".join(f"{kind} {count}" for kind, count in errors.items())
    return f"errors {total} ({kinds})" if total else "errors 0"


class Servers:
    """gunicorn (one sync worker), a task worker and Varnish on the benchmark's database."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="clusterpolisee-bench-"))
        self.dir.chmod(0o755)  # varnishd, started as root, runs as Debian's varnish user
        self.web_port = free_port()
        self.varnish_port = free_port()
        database = connection.settings_dict
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.bench.settings",
            "SECRET_KEY": "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "SITE_URL": f"http://localhost:{self.varnish_port}",
            "DATABASE_URL": "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**database),
            "CACHE_URL": os.environ["REDIS_URL"],
            "SEARCH_URL": settings.TEST_SEARCH_URL,
            "SEARCH_INDEX_PREFIX": "bench-clusterpolisee",
            "SEARCH_REQUESTS_PER_MINUTE": "100000000",
            "SEARCH_SUGGESTIONS_PER_MINUTE": "100000000",
            "FRONTEND_CACHE_URL": f"http://127.0.0.1:{self.varnish_port}",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "TRUSTED_PROXY_COUNT": "1",
            "VAR_DIR": str(self.dir),
            "STATIC_ROOT": str(self.dir / "static"),
            "MEDIA_ROOT": str(self.dir / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.dir / "private"),
            "LOG_LEVEL": "WARNING",
            "VARNISH_PORT": str(self.varnish_port),
            "VARNISH_DIR": str(self.dir / "varnish"),
            "VARNISH_BACKENDS": f"127.0.0.1:{self.web_port}",
        }
        self.processes = {}

    def manage(self, *args):
        subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=self.env, check=True)  # noqa: S603

    def start(self):
        self.manage("collectstatic", "--no-input", "-v", "0")
        self.manage("rebuild_search_index")
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.processes["gunicorn"] = subprocess.Popen(  # noqa: S603
            [
                str(gunicorn),
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{self.web_port}",
                "--workers",
                "1",
                "--worker-class",
                "sync",
                "--control-socket",
                str(self.dir / "gunicorn.ctl"),
                "--error-logfile",
                str(self.dir / "gunicorn.log"),
            ],
            cwd=REPO,
            env=self.env,
        )
        self.processes["task worker"] = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.2", "--no-reload"],
            cwd=REPO,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=open(self.dir / "worker.log", "w"),  # noqa: SIM115
        )
        _wait_for_port(self.web_port)
        subprocess.run(["scripts/varnish.sh", "start"], cwd=REPO, env=self.env, check=True, capture_output=True)  # noqa: S603, S607
        _wait_for_port(self.varnish_port)

    def stop(self):
        subprocess.run(["scripts/varnish.sh", "stop"], cwd=REPO, env=self.env, capture_output=True)  # noqa: S603, S607
        for process in self.processes.values():
            process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def ensure_a_topic(replies=12):
    """The demo has forums but no conversation: a topic with replies, as a working group's would be."""
    from machina.apps.forum_conversation.models import Topic

    from tests.factories.forums import site_forum, topic_with_posts

    if not Topic.objects.filter(approved=True).exists():
        topic_with_posts(forum=site_forum("WG3"), replies=replies, subject="Cluster mapping in the Danube region")


def pick_urls():
    from machina.apps.forum_conversation.models import Topic

    from knowledge.models import NewsIndexPage, NewsPage

    news_index = NewsIndexPage.objects.live().filter(locale__language_code="en").first()
    article = NewsPage.objects.live().filter(locale__language_code="en").first()
    topic = Topic.objects.filter(approved=True).select_related("forum").first()
    urls = {
        "home": "/en/",
        "listing (news)": news_index.url,
        "article (news)": article.url,
        "search (engine)": "/en/search/?q=cluster",
        "forum index": "/en/forum/",
    }
    if topic:
        with translation.override("en"):
            urls["forum topic"] = reverse(
                "forum_conversation:topic",
                kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "slug": topic.slug, "pk": topic.pk},
            )
    return urls


def run(report):
    _ensure_ab()
    call_command("load_demo", verbosity=0)
    ensure_a_topic()
    servers = Servers()
    try:
        servers.start()
        _measure(servers, report)
    finally:
        servers.stop()


def _measure(servers, report):
    web = f"http://127.0.0.1:{servers.web_port}"
    varnish = f"http://127.0.0.1:{servers.varnish_port}"
    urls = pick_urls()
    for path in [*urls.values(), "/_bench/bare"]:  # warm up: templates, connections, the search client
        for base in (web, varnish):
            requests_per_second(base + path, concurrency=1, seconds=1)

    print("   gunicorn, 1 sync worker (no Varnish); ratio to the bare view measured just before and after", flush=True)
    bare_rates = [requests_per_second(web + "/_bench/bare")[0]]
    for name, path in urls.items():
        rate, failed = requests_per_second(web + path)
        bare_rates.append(requests_per_second(web + "/_bench/bare")[0])
        # The machine's speed drifts from one run to the next: the bare view's runs on either side.
        bare = statistics.mean(bare_rates[-2:])
        report(f"{name} ({path})", f"{rate:,.1f} req/s  {rate / bare:.3f}x", describe_errors(failed))
    bare = statistics.mean(bare_rates)
    report(
        "bare Django view (mean of the runs)",
        f"{bare:,.1f} req/s",
        f"min {min(bare_rates):,.1f} max {max(bare_rates):,.1f}",
    )

    print("   through Varnish (X-Cache of the last answer); ratio to the bare view through gunicorn", flush=True)
    for name, path in urls.items():
        if "search" in name:  # never cached: each search is the application's (measured above)
            continue
        rate, failed = requests_per_second(varnish + path, concurrency=4, keep_alive=True)
        conn = http.client.HTTPConnection("127.0.0.1", servers.varnish_port, timeout=30)
        conn.request("GET", path, headers={"Host": "localhost"})
        answer = conn.getresponse()
        answer.read()
        report(
            f"{name} via Varnish [{answer.getheader('X-Cache')}]",
            f"{rate:,.1f} req/s  {rate / bare:.2f}x",
            describe_errors(failed),
        )
