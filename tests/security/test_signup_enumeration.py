"""Signing up with a registered address does the same work as with a new one, so timing tells nothing.

Timing itself is not asserted (it varies with the machine); the work is counted: password
hashes computed in the request, and e-mails handed to the task worker instead of being
sent while the visitor waits.
"""

from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail

import pytest
from django_tasks import default_task_backend

from tests.factories.accounts import member

pytestmark = pytest.mark.django_db

PASSWORD = "a long and unusual passphrase 42"


class CountingHasher(MD5PasswordHasher):
    """The test suite's fast hasher, counting how often a password is hashed."""

    algorithm = "counting_md5"
    calls = 0

    def encode(self, password, salt):
        type(self).calls += 1
        return super().encode(password, salt)


@pytest.fixture
def counted(settings):
    settings.PASSWORD_HASHERS = [f"{__name__}.CountingHasher"]
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    CountingHasher.calls = 0
    default_task_backend.clear()


def signup_work(client, email):
    """(passwords hashed, e-mail tasks queued, e-mails sent during the request) for one sign-up."""
    hashes_before, tasks_before, sent_before = CountingHasher.calls, len(default_task_backend.results), len(mail.outbox)
    data = {"email": email, "password1": PASSWORD, "password2": PASSWORD, "display_name": "Ana Petrova"}
    response = client.post("/en/accounts/signup/", data)
    assert response.status_code == 302
    tasks = [result.task.name for result in default_task_backend.results[tasks_before:]]
    return CountingHasher.calls - hashes_before, tasks, len(mail.outbox) - sent_before, response["Location"]


def test_signing_up_with_a_registered_address_does_the_same_work_as_with_a_new_one(client, home_page, counted):
    registered = member()
    new = signup_work(client, "somebody.new@example.org")
    known = signup_work(client, registered.email)
    assert new == known
    hashes, tasks, sent_now, _location = new
    assert hashes == 1
    assert tasks == ["send_email"]
    assert sent_now == 0
