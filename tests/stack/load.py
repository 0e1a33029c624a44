"""Visitors loading the stack's pages from several threads while a part of it fails."""

import threading
import time
from dataclasses import dataclass, field

import requests


@dataclass
class Load:
    """Visitors requesting `urls` in turn from several threads; every answer is kept with its time."""

    urls: list
    threads: int = 4
    answers: list = field(default_factory=list)  # (started, status or error text, url, finished)
    stop: threading.Event = field(default_factory=threading.Event)

    def _visit(self, offset):
        session = requests.Session()
        number = offset
        while not self.stop.is_set():
            url = self.urls[number % len(self.urls)]
            number += 1
            started = time.monotonic()
            try:
                status = session.get(url, timeout=30, allow_redirects=False).status_code
            except requests.RequestException as error:
                status = f"{type(error).__name__}"
                session = requests.Session()
            self.answers.append((started, status, url, time.monotonic()))

    def __enter__(self):
        self.workers = [threading.Thread(target=self._visit, args=(n,), daemon=True) for n in range(self.threads)]
        for worker in self.workers:
            worker.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for worker in self.workers:
            worker.join(timeout=60)

    def between(self, start, end=float("inf")):
        """The answers to the requests made from `start` to `end`."""
        return [answer for answer in self.answers if start <= answer[0] < end]

    def finished_before(self, moment):
        return [answer for answer in self.answers if answer[3] < moment]
