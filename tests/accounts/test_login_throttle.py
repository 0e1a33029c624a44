"""Failed logins are throttled per client with Discourse's floor: the 7th failure in a minute is refused,
even with the right password, in the visitor's language, while other clients still log in."""

from django.test import Client

import pytest

from tests.factories.accounts import member

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def _login(client, email, password, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": password})


def test_the_seventh_failed_login_in_a_minute_from_one_client_is_refused(home_page):
    user = member()
    attacker = Client(HTTP_HOST="localhost", REMOTE_ADDR="192.0.2.10")
    for n in range(6):  # six different addresses: the per-account limit does not come into play
        response = _login(attacker, f"guess{n}@example.org", "wrong password")
        assert response.status_code == 200 and "_auth_user_id" not in attacker.session
        assert "Too many failed login attempts" not in response.content.decode()
    response = _login(attacker, user.email, PASSWORD, language="de")
    assert "_auth_user_id" not in attacker.session
    assert response.status_code in (200, 429)
    assert "Zu viele gescheiterte Anmeldeversuche" in response.content.decode()

    other = Client(HTTP_HOST="localhost", REMOTE_ADDR="192.0.2.20")
    assert _login(other, user.email, PASSWORD).status_code == 302
    assert other.session["_auth_user_id"] == str(user.pk)


def test_after_five_failed_logins_the_right_password_still_gets_in(home_page):
    user = member()
    client = Client(HTTP_HOST="localhost", REMOTE_ADDR="192.0.2.30")
    for n in range(4):
        _login(client, f"typo{n}@example.org", "wrong password")
    _login(client, user.email, "wrong password")
    assert _login(client, user.email, PASSWORD).status_code == 302
