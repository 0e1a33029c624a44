"""A mixed load on the production topology, at 80 % of the capacity measured on it, with a publish a second.

The stack of `make stack` (scripts/stack.sh: Varnish in front of two gunicorn instances of two
workers, two task workers, PostgreSQL, Redis, a two-node search cluster; production settings and
the demo content) on free ports of its own. First its capacity, per kind of request, while a news
item is published every second (so the publishing costs the machine during the measurement what
it costs during the load): cached pages through Varnish, uncached pages, searches and forum pages
from both gunicorns at once. Each publish also makes Varnish refetch what shows the new item (the
listing and home page of the mix, soft-purged): that time comes off the capacity too.

Then the load: 70 % cached pages, 20 % uncached, 5 % searches, 5 % forum pages, scheduled at a fixed
rate (open loop: a slow answer does not slow the visitors down) from keep-alive connections, while
the publisher goes on; is each new item in its listing, through Varnish, within 2 s? 60 s of load,
5 minutes with `make bench ARGS=--long`. Memory of every process of the stack, at the start and the end.
"""

import http.client
import json
import os
import random
import statistics
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from tests.bench.bench_throughput import describe_errors, requests_per_second
from tests.stack.topology import REPO, started_stack

NEEDS_DATABASE = False  # the stack has its own
MIXED_SECONDS = 300 if os.environ.get("BENCH_LONG") == "1" else 60
SECONDS_PER_RUN = float(os.environ.get("BENCH_SECONDS", "6"))
MIX = {"cached": 0.70, "uncached": 0.20, "search": 0.05, "forum": 0.05}
SEARCHES = ["/en/search/?q=cluster", "/en/search/?q=policy", "/en/search/?q=innovation"]
# The benchmark sends more searches from one address than a visitor may.
EXTRA_ENV = "export SEARCH_REQUESTS_PER_MINUTE=100000000\nexport SEARCH_SUGGESTIONS_PER_MINUTE=100000000\n"

PICK_URLS = """
import json
from tests.bench.bench_throughput import ensure_a_topic, pick_urls
ensure_a_topic()
print("URLS " + json.dumps(pick_urls()))
"""


def run(report):
    with started_stack(EXTRA_ENV) as stack:
        _measure(stack, report)


def _paths(stack):
    line = next(line for line in stack.shell(PICK_URLS).splitlines() if line.startswith("URLS "))
    urls = json.loads(line.removeprefix("URLS "))
    pages = [path for name, path in urls.items() if "search" not in name and "forum" not in name]
    return {
        "cached": pages,
        "uncached": pages,
        "search": SEARCHES,
        "forum": [path for name, path in urls.items() if "forum" in name],
        "listing": urls["listing (news)"],
        "home": urls["home"],
    }


def _from_both_gunicorns(stack, path):
    """Requests per second the two gunicorn instances answer together (one `ab` each, at once)."""
    rates = [None, None]

    def measure(number):
        rates[number] = requests_per_second(stack.web[number] + path, concurrency=2, seconds=SECONDS_PER_RUN)

    threads = [threading.Thread(target=measure, args=(number,)) for number in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(rate for rate, _errors in rates), sum((errors for _rate, errors in rates), Counter())


class Publisher:
    """tests/bench/publisher.py with the stack's settings: a news item a second, each line when it is live."""

    def __init__(self, stack, seconds):
        self.process = subprocess.Popen(  # noqa: S603 - a fixed command
            ["bash", "-c", stack.command(f"-m tests.bench.publisher {seconds}")],  # noqa: S607
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def published(self):
        for line in self.process.stdout:
            published_at, listing, title = line.strip().split(" ", 2)
            yield float(published_at), urlsplit(listing).path, title

    def wait(self):
        self.process.wait(timeout=120)


def _measure(stack, report):
    paths = _paths(stack)
    for path in {*paths["uncached"], *paths["search"], *paths["forum"]}:  # warm: templates, connections
        for base in [*stack.web, stack.varnish]:
            requests_per_second(base + path, concurrency=1, seconds=1)

    print("   capacity of the stack, per kind of request, while a news item is published every second", flush=True)
    publisher = Publisher(stack, 3600)
    threading.Thread(target=lambda: list(publisher.published()), daemon=True).start()
    try:
        uncached = {path: _from_both_gunicorns(stack, path) for path in paths["uncached"]}
        cached = {
            path: requests_per_second(stack.varnish + path, concurrency=4, keep_alive=True) for path in paths["cached"]
        }
        search = {path: _from_both_gunicorns(stack, path) for path in paths["search"]}
        forum = {path: _from_both_gunicorns(stack, path) for path in paths["forum"]}
    finally:
        publisher.process.terminate()
        publisher.wait()
    for kind, rates in [("uncached", uncached), ("via Varnish", cached), ("search", search), ("forum", forum)]:
        for path, (rate, errors) in rates.items():
            report(f"{kind} {path}", f"{rate:,.1f} req/s", describe_errors(errors))

    def mean_cost(rates):  # seconds of the whole stack per request of this kind
        return statistics.mean(1 / rate for rate, _errors in rates.values())

    per_request = (
        MIX["cached"] * mean_cost(cached)
        + MIX["uncached"] * mean_cost(uncached)
        + MIX["search"] * mean_cost(search)
        + MIX["forum"] * mean_cost(forum)
    )
    # Every publish expires the listing and the home page: each is rendered once more a second.
    refetching = sum(1 / uncached[paths[name]][0] for name in ("listing", "home"))
    capacity = (1 - refetching) / per_request
    rate = 0.8 * capacity
    report("capacity of the mix (publishing and refetches deducted)", f"{capacity:,.1f} req/s")
    print(f"   mixed load: {MIXED_SECONDS} s at {rate:.1f} req/s (80 %), a publish a second", flush=True)

    memory_before = _memory(stack)
    publisher = Publisher(stack, MIXED_SECONDS)
    visibility = []

    def follow():
        for published_at, listing, title in publisher.published():
            visibility.append(_visible_within(stack, listing, title, published_at))

    following = threading.Thread(target=follow, daemon=True)
    following.start()
    load = MixedLoad(stack, paths, rate, MIXED_SECONDS)
    load.run()
    publisher.wait()
    following.join(timeout=30)
    memory_after = _memory(stack)

    latencies = sorted(latency for _kind, latency in load.latencies)
    report("requests", len(latencies))
    report("errors (4xx, 5xx, failed connections)", len(load.errors), str(load.errors[:3]) if load.errors else "")
    report("p50 latency", statistics.median(latencies) * 1000, "ms")
    report("p99 latency", _percentile(latencies, 0.99) * 1000, "ms")
    for kind in MIX:
        of_kind = sorted(latency for their_kind, latency in load.latencies if their_kind == kind)
        if of_kind:
            report(f"  p99 {kind}", _percentile(of_kind, 0.99) * 1000, f"ms ({len(of_kind)} requests)")
    seen = sorted(seconds for seconds in visibility if seconds is not None)
    report("published items", len(visibility))
    report("  in their listing via Varnish within 2 s", sum(seconds <= 2 for seconds in seen))
    if seen:
        median, p99, slowest = statistics.median(seen), _percentile(seen, 0.99), seen[-1]
        report("  seconds until visible: median, p99, slowest", f"{median:.2f}", f"{p99:.2f} {slowest:.2f}")
    report("  not visible within 10 s", len(visibility) - len(seen))
    for name in sorted(set(memory_before) | set(memory_after)):
        before, after = memory_before.get(name), memory_after.get(name)
        report(f"RSS {name}", f"{before or 0:,.0f} -> {after or 0:,.0f}", "MB")


def _percentile(ordered, fraction):
    return ordered[max(0, int(len(ordered) * fraction) - 1)]


def _memory(stack):
    """{process: RSS in MB} of every process of the stack (gunicorn's and PostgreSQL's workers summed)."""
    found = {}
    for name, pid in stack.pids().items():
        found[name] = _rss_mb(pid)
        kids = [_rss_mb(child) or 0 for child in _children(pid)]
        if kids:
            found[f"{name} children ({len(kids)})"] = sum(kids)
    return found


def _rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _children(pid):
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _visible_within(stack, listing, title, published_at, limit=10.0):
    """Seconds until the listing, through Varnish, shows the new item (None if not within `limit`)."""
    conn = http.client.HTTPConnection(urlsplit(stack.varnish).hostname, urlsplit(stack.varnish).port, timeout=10)
    while True:
        conn.request("GET", listing, headers={"Host": "localhost"})
        body = conn.getresponse().read().decode()
        elapsed = time.monotonic() - published_at
        if title in body:
            return elapsed
        if elapsed > limit:
            return None
        time.sleep(0.1)


class MixedLoad:
    """Open-loop load: requests scheduled at `rate` per second, kept alive in `threads` connections."""

    def __init__(self, stack, paths, rate, seconds, threads=16):
        self.rate, self.seconds, self.threads = rate, seconds, threads
        self.kinds = [
            ("cached", MIX["cached"], [stack.varnish], paths["cached"]),
            ("uncached", MIX["uncached"], stack.web, paths["uncached"]),
            ("search", MIX["search"], stack.web, paths["search"]),
            ("forum", MIX["forum"], stack.web, paths["forum"]),
        ]
        self.latencies, self.errors, self.lock = [], [], threading.Lock()
        self.next_slot = 0

    def _choose(self, rng):
        roll, total = rng.random(), 0
        for kind, weight, bases, paths in self.kinds:
            total += weight
            if roll < total:
                return kind, rng.choice(bases), rng.choice(paths)
        kind, _weight, bases, paths = self.kinds[-1]
        return kind, rng.choice(bases), rng.choice(paths)

    def _run(self, seed, start):
        rng = random.Random(seed)
        connections = {}
        while True:
            with self.lock:
                slot = self.next_slot
                self.next_slot += 1
            due = start + slot / self.rate
            if due > start + self.seconds:
                return
            time.sleep(max(0.0, due - time.monotonic()))
            kind, base, path = self._choose(rng)
            sent = time.monotonic()
            try:
                status = self._get(connections, base, path)
                if status >= 400:
                    self.errors.append((path, status))
            except (OSError, http.client.HTTPException) as error:
                self.errors.append((path, type(error).__name__))
            self.latencies.append((kind, time.monotonic() - sent))

    @staticmethod
    def _get(connections, base, path):
        """The status of GET `path`, on this thread's kept-alive connection to `base` when it has one.

        A kept-alive connection the server closed while it was idle is opened again and the request
        sent once more, as browsers do; any other failure is the answer.
        """
        conn = connections.pop(base, None)
        reused = conn is not None
        if conn is None:
            parts = urlsplit(base)
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        try:
            conn.request("GET", path, headers={"Host": "localhost"})
            response = conn.getresponse()
            response.read()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            conn.close()
            if not reused:
                raise
            return MixedLoad._get(connections, base, path)
        except (OSError, http.client.HTTPException):
            conn.close()
            raise
        connections[base] = conn  # http.client opens it again itself after a "Connection: close"
        return response.status

    def run(self):
        start = time.monotonic() + 0.5
        workers = [threading.Thread(target=self._run, args=(n, start), daemon=True) for n in range(self.threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
