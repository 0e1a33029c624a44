"""/healthz, which the load balancer (Varnish) probes every second on each application server."""

from django.test import Client, RequestFactory, override_settings

import pytest

from config.health import healthz

pytestmark = pytest.mark.django_db


@override_settings(SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["clusterpolisee.eu"])
def test_healthz_answers_the_probe_over_plain_http_with_any_host():
    response = Client(HTTP_HOST="10.0.0.7:8000").get("/healthz")
    assert (response.status_code, response.content) == (200, b"ok")
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies


def test_healthz_answers_the_probes_head_request_without_a_body():
    # The view itself: Django's test client drops the body of a HEAD answer, the server does not.
    response = healthz(RequestFactory().head("/healthz"))
    assert (response.status_code, response.content) == (200, b"")


def test_healthz_answers_503_when_the_database_does_not(monkeypatch):
    from django.db import DatabaseError, connection

    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = Client().get("/healthz")
    assert response.status_code == 503
