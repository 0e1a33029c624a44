"""Waiting for a condition instead of sleeping for a guessed time: a test goes on as soon as it holds."""

import time


def wait_until(condition, timeout, interval=0.05):
    """The first true value `condition()` returns within `timeout` seconds, or its last value once they are over."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)
