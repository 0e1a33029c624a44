import pytest

from tests.journeys.stack import start_local_stack


@pytest.fixture(scope="session")
def local_stack(tmp_path_factory, smtp_server):
    """One `make run` installation for every journey test: SQLite, the task worker, the
    scheduler and the dev server, with e-mail delivered to the real test SMTP server."""
    stack = start_local_stack(
        tmp_path_factory.mktemp("make-run"),
        extra_env={
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": smtp_server.hostname,
            "EMAIL_PORT": str(smtp_server.port),
        },
    )
    try:
        yield stack
    finally:
        stack.stop()
