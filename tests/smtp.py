"""A real SMTP server on localhost (aiosmtpd) for the tests that send e-mail.

The site talks to it through Django's SMTP backend, exactly as it talks to a
production relay; the tests read what arrived, parsed as e-mail messages.
"""

import email
import email.policy
import threading

import pytest
from aiosmtpd.controller import Controller

from tests.ports import free_port


class RecordingHandler:
    """Stores every accepted message; refuses recipients listed in `refused`."""

    def __init__(self):
        self.messages = []
        self.refused = {}
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refused:
            return self.refused[address.lower()]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos), "message": message})
        return "250 Message accepted for delivery"

    def refuse(self, address, reply="550 5.1.1 Mailbox unavailable"):
        self.refused[address.lower()] = reply

    def clear(self):
        with self.lock:
            self.messages.clear()
            self.refused.clear()

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
