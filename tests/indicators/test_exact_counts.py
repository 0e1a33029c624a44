"""Counts are exact: under concurrent beacons and flushes, and when the flushing process dies mid-flush."""

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from django.db import connection, transaction
from django.db.models import Sum

import pytest
import requests

from indicators import counting, recording
from indicators.models import Count, Flush
from tests.indicators.beacons import BROWSER
from tests.waiting import wait_until

REPO = Path(__file__).resolve().parents[2]
BEACONS = 10_000
CLIENTS = 16


def views(page):
    return Count.objects.filter(kind=Count.Kind.PAGE_VIEW, object_id=page.pk).values_list("count", flat=True).first()


@pytest.mark.django_db(transaction=True)
def test_ten_thousand_beacons_from_parallel_clients_count_ten_thousand_views(live_server, article, redis_cache):
    def send(share):
        with requests.Session() as session:
            return Counter(
                session.post(
                    live_server.url + "/seen",
                    params={"p": article.pk, "l": "en"},
                    headers={"User-Agent": BROWSER},
                    timeout=30,
                ).status_code
                for _ in range(share)
            )

    stop = threading.Event()

    def flush_meanwhile():
        # Flushes race the beacons and each other: no beacon may fall between two batches or land in two.
        while not stop.is_set():
            counting.flush()
        connection.close()

    flushers = [threading.Thread(target=flush_meanwhile) for _ in range(2)]
    for flusher in flushers:
        flusher.start()
    try:
        with ThreadPoolExecutor(CLIENTS) as pool:
            statuses = sum(pool.map(send, [BEACONS // CLIENTS] * CLIENTS), Counter())
    finally:
        stop.set()
        for flusher in flushers:
            flusher.join()
    counting.flush()

    assert statuses == {204: BEACONS}
    assert views(article) == BEACONS
    assert Flush.objects.aggregate(total=Sum("events"))["total"] == BEACONS


def _count_in_redis(page, n):
    recording.record([(Count.Kind.PAGE_VIEW, page.pk, "en", "")] * n)


def _flush_process():
    return subprocess.Popen(  # noqa: S603 - a fixed command
        [sys.executable, "manage.py", "flush_indicators"],
        cwd=REPO,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.indicators.worker_settings",
            "DATABASE_URL": "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**connection.settings_dict),
        },
    )


def _sessions(condition):
    """The sessions of the test database that meet `condition` (SQL), counted afresh."""
    with connection.cursor() as cursor:
        # Inside a transaction the activity view is a snapshot taken once: take a new one each time.
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            f"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND {condition}"  # noqa: S608 - the conditions are ours
        )
        return cursor.fetchone()[0]


def _waiting_for_a_lock(seconds=60):
    return wait_until(lambda: _sessions("wait_event_type = 'Lock'"), seconds)


def _killed_sessions_gone(seconds=30):
    """The server ends the session of a killed process when it next writes to it: wait for that, so
    that the test database can be dropped at the end."""
    wait_until(lambda: not _sessions("pid <> pg_backend_pid()"), seconds, interval=0.1)


@pytest.mark.django_db(transaction=True)
def test_a_flush_killed_before_its_commit_loses_nothing_and_the_next_one_adds_it_once(article, redis_cache):
    _count_in_redis(article, 3)
    counting.flush()
    _count_in_redis(article, 7)

    process = _flush_process()
    try:
        # The counts are locked: the flush has taken its batch from the cache and waits inside its transaction.
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {Count._meta.db_table} IN EXCLUSIVE MODE")
            assert _waiting_for_a_lock(), "the flush process never reached the counts"
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
    finally:
        process.kill()

    assert views(article) == 3
    assert len(counting.pending_batches()) == 1  # the dead flush's batch, still in the cache
    assert counting.flush() == 7
    assert views(article) == 10
    assert counting.flush() == 0
    assert views(article) == 10
    _killed_sessions_gone()


@pytest.mark.django_db
def test_a_flush_that_died_after_its_commit_leaves_a_batch_the_next_flush_does_not_add_twice(article, redis_cache):
    _count_in_redis(article, 5)
    batch = counting.claim_live()
    raw = counting._redis().hgetall(counting._key(counting.BATCH + batch))
    counting.apply_batch(batch, Counter({counting.parse_field(k.decode()): int(v) for k, v in raw.items()}))
    # ...and the process dies here, before deleting the batch from the cache.
    _count_in_redis(article, 2)

    assert counting.pending_batches() == [batch]
    assert counting.flush() == 2
    assert views(article) == 7
    assert counting.pending_batches() == []


@pytest.mark.django_db(transaction=True)
def test_flush_processes_killed_at_random_moments_lose_no_view_and_count_none_twice(article, redis_cache):
    sent = 0
    for round_ in range(6):
        _count_in_redis(article, 100 + round_)
        sent += 100 + round_
        process = _flush_process()
        # Somewhere between start-up and the end of the flush (a Django start takes about a second here): the
        # moment of the kill is what the rounds vary, so here the test sleeps rather than waits for a condition.
        time.sleep(0.6 + 0.15 * round_)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    counting.flush()
    assert views(article) == sent
    _killed_sessions_gone()
