"""A real SMTP server on localhost (aiosmtpd) for the tests that send e-mail.

The site talks to it through Django's SMTP backend, exactly as it talks to a
production relay; the tests read what arrived, parsed as e-mail messages. It can
also misbehave as a relay does: refuse a recipient, stop answering (the client
times out), or drop the connection, until the test calls `recover()`.
"""

import asyncio
import email
import email.policy
import threading

import pytest
from aiosmtpd.controller import Controller

from tests.ports import free_port


class RecordingHandler:
    """Stores every accepted message; refuses recipients listed in `refused`; misbehaves on those in `faults`.

    A fault is (kind, phase): kind "stall" answers nothing, "drop" closes the connection; phase "rcpt" is the
    RCPT TO of that address, "data" the end of a message to it (the whole message received, not yet accepted,
    as when a relay hangs or crashes before queuing it). A message is only stored once the server answers 250,
    so a transaction the client gives up on, or the server drops, is discarded, as a real relay discards it.
    """

    KINDS = ("stall", "drop")
    PHASES = ("rcpt", "data")

    def __init__(self):
        self.messages = []
        self.refused = {}
        self.faults = {}
        self.incidents = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await self._misbehave(server, address, "rcpt")
        if address.lower() in self.refused:
            return self.refused[address.lower()]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for address in envelope.rcpt_tos:
            await self._misbehave(server, address, "data")
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos), "message": message})
        return "250 Message accepted for delivery"

    async def _misbehave(self, server, address, phase):
        fault = self.faults.get(address.lower())
        if fault is None or fault[1] != phase:
            return
        with self.lock:
            self.incidents.append((address.lower(), *fault))
        if fault[0] == "drop":
            server.transport.close()
        # aiosmtpd cancels this coroutine when the connection is lost (the client timed out and hung up, or
        # the server dropped it); until then, or until recover(), the client waits for an answer.
        while self.faults.get(address.lower()) == fault:
            await asyncio.sleep(0.01)

    def refuse(self, address, reply="550 5.1.1 Mailbox unavailable"):
        self.refused[address.lower()] = reply

    def stall(self, address, phase="rcpt"):
        """Stop answering when `address` comes up: the client's EMAIL_TIMEOUT runs out."""
        self._fault(address, "stall", phase)

    def drop(self, address, phase="rcpt"):
        """Close the connection when `address` comes up."""
        self._fault(address, "drop", phase)

    def _fault(self, address, kind, phase):
        if kind not in self.KINDS or phase not in self.PHASES:
            raise ValueError(f"unknown fault {kind!r} at {phase!r}")
        self.faults[address.lower()] = (kind, phase)

    def recover(self):
        """Answer normally again; a stalled session still waiting gets its answer."""
        self.faults.clear()

    def clear(self):
        with self.lock:
            self.messages.clear()
            self.refused.clear()
            self.faults.clear()
            self.incidents.clear()

    def to(self, address):
        with self.lock:
            return [m["message"] for m in self.messages if address in m["to"]]


@pytest.fixture(scope="session")
def smtp_server():
    handler = RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), server_kwargs={"timeout": 30})
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def smtp(smtp_server, settings):
    """Route the site's e-mail through the real SMTP server; yields the handler holding what arrived."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = smtp_server.hostname
    settings.EMAIL_PORT = smtp_server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    smtp_server.handler.clear()
    yield smtp_server.handler
    smtp_server.handler.clear()


__all__ = ["smtp", "smtp_server"]
