"""/healthz: whether this application server can serve pages, for the load balancer's probes."""

import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"


class HealthCheckMiddleware:
    """Answer /healthz with 200 "ok" when the database answers, 503 otherwise.

    First in MIDDLEWARE, ahead of everything that could answer otherwise: Varnish probes every
    server each second over plain HTTP with a Host of its own, which the HTTPS redirect and the
    ALLOWED_HOSTS check would turn into a 301 or a 400. No session is read or written, and
    nothing is written to the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != HEALTH_PATH:
            return self.get_response(request)
        return healthz(request)


def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        logger.warning("Health check failed: the database does not answer (%s)", error)
        return _plain(request, "database unavailable", status=503)
    return _plain(request, "ok")


def _plain(request, text, status=200):
    # The probes ask with HEAD: no body then (gunicorn drops one and warns on every probe).
    body = "" if request.method == "HEAD" else text
    response = HttpResponse(body, content_type="text/plain; charset=utf-8", status=status)
    response["Cache-Control"] = "no-store"
    return response
