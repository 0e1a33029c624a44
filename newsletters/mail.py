"""Hand one message to the configured Django e-mail backend, recording it as sent at the safest moment.

With Django's SMTP backend the delivery is recorded as sent *before* the final
"." of the DATA command, which is what makes the server accept the message. A
worker killed before that line leaves the server with an unfinished transaction,
which it discards; a worker killed after it has already recorded the message.
So a crash can never lead to a second copy. Other backends (anymail's HTTP
APIs, the test backends) are called normally and the delivery is recorded
straight after.
"""

import re
import smtplib
import socket

from django.conf import settings
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address

_LEADING_DOT = re.compile(rb"(?m)^\.")


class Abandoned(Exception):
    """The delivery was no longer ours to send when the message was about to be committed."""


def deliver(backend, message, record_sent):
    """Send `message` through `backend`; `record_sent()` returns False to abandon the message."""
    if isinstance(backend, SMTPBackend):
        _deliver_smtp(backend, message, record_sent)
    else:
        if not record_sent():
            raise Abandoned
        backend.send_messages([message])


def _deliver_smtp(backend, message, record_sent):
    if backend.connection is None:
        backend.open()
        # The message and its final line go out as two writes before a reply is read:
        # without TCP_NODELAY, Nagle's algorithm and delayed ACKs stall each message ~40 ms.
        backend.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    connection = backend.connection
    encoding = message.encoding or settings.DEFAULT_CHARSET
    sender = sanitize_address(message.from_email, encoding)
    recipients = [sanitize_address(address, encoding) for address in message.recipients()]
    data = message.message().as_bytes(linesep="\r\n")
    try:
        connection.ehlo_or_helo_if_needed()
        code, reply = connection.mail(sender)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, sender)
        refused = {}
        for recipient in recipients:
            code, reply = connection.rcpt(recipient)
            if code not in (250, 251):
                refused[recipient] = (code, reply)
        if refused:
            raise smtplib.SMTPRecipientsRefused(refused)
        code, reply = connection.docmd("data")
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        body = _LEADING_DOT.sub(b"..", data)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        connection.send(body)
    except smtplib.SMTPServerDisconnected:
        backend.connection = None
        raise
    except smtplib.SMTPException:
        _reset(backend)
        raise
    if not record_sent():
        # Dropping the connection in the middle of DATA makes the server discard the message.
        backend.close()
        raise Abandoned
    try:
        connection.send(b".\r\n")
        code, reply = connection.getreply()
    except smtplib.SMTPServerDisconnected:
        # smtplib has closed the socket (the relay hung up or its answer timed out): the next message
        # needs a new connection, not this dead one.
        backend.connection = None
        raise
    if code != 250:
        _reset(backend)
        raise smtplib.SMTPDataError(code, reply)


def _reset(backend):
    try:
        backend.connection.rset()
    except (smtplib.SMTPException, OSError):
        backend.close()
