"""Ports for the servers the tests start (SMTP, dev servers, benchmarks): free ones, asked of the system
rather than fixed, so parallel test processes and other checkouts on the machine do not pick the same one."""

import socket


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
