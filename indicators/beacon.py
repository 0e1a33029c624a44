"""The page-view beacon: one tiny request per page seen, answered before the rest of the site runs.

Pages are served to anonymous visitors from the frontend cache, which never reaches Django, so the
page itself cannot count. Its script (static/indicators/seen.js) sends the page's id and language
with `navigator.sendBeacon` once the page is visible, in the query string of a POST without a body;
without JavaScript, an image in <noscript> asks for the same address with a GET. Either request
carries no cookie and gets none, is never cached, and leaves nothing that tells who sent it: no
address, no identifier, only the referring site's domain and the browser's first language. A visitor
whose browser asks not to be tracked (DNT, Sec-GPC) is not counted, nor are bots (the user agents of
the crawler-user-agents list).

In production the WSGI application answers a beacon before Django builds a request (config/wsgi.py);
under runserver and the test client the middleware does, second in MIDDLEWARE after the health check.
Either way a beacon needs no session, language, CSRF token or transaction, and skipping them is what
lets one worker answer thousands a second.
"""

import base64
import functools
import re
from http import HTTPStatus
from urllib.parse import parse_qsl

from django.conf import settings
from django.db import connection
from django.http import HttpResponse

import crawleruseragents

from . import recording
from .models import Count

MAX_QUERY = 512  # characters; a beacon's are a few dozen
MAX_PAGE_ID = 2**31 - 1
DOMAIN = re.compile(r"^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$")
BROWSER_LANGUAGE = re.compile(r"^\s*([a-zA-Z]{2,3})(?:[-_;,\s]|$)")
# The smallest transparent GIF: the answer to the <noscript> image.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


class BeaconMiddleware:
    """The beacon under runserver and the test client; in production `answer_beacons_first` answers it sooner."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.path = settings.INDICATORS_BEACON_PATH

    def __call__(self, request):
        if request.path_info != self.path:
            return self.get_response(request)
        status, headers, body = respond(request.META)
        return HttpResponse(body, status=status, headers=dict(headers))


def answer_beacons_first(application):
    """The WSGI application, with beacons answered before Django builds a request (config/wsgi.py).

    Half of a beacon's time under gunicorn went to Django's request handling (the request object,
    the request signals, the middleware chain), none of which a beacon uses.
    """
    path = settings.INDICATORS_BEACON_PATH

    def beacons_first(environ, start_response):
        if environ.get("PATH_INFO") != path:
            return application(environ, start_response)
        was_open = connection.connection is not None
        try:
            status, headers, body = respond(environ)
        finally:
            # Scheduling a flush writes a task row; outside Django's request cycle, nothing else would close
            # the connection it opened.
            if not was_open and connection.connection is not None:
                connection.close()
        start_response(f"{status} {HTTPStatus(status).phrase}", headers)
        return [body]

    return beacons_first


def respond(environ):
    """(status, headers, body) for a beacon, counted on the way: the WSGI environ (request.META) is all it reads."""
    method = environ.get("REQUEST_METHOD")
    # Both carry the fields in the query string: a beacon's body would cost a read of its own.
    params = _params(environ.get("QUERY_STRING", ""))
    if method == "POST":
        answer = (204, [("Cache-Control", "no-store")], b"")
    elif method in ("GET", "HEAD"):
        answer = (200, [("Content-Type", "image/gif"), ("Cache-Control", "no-store")], PIXEL)
    else:
        return 405, [("Allow", "GET, HEAD, POST"), ("Cache-Control", "no-store")], b""
    if method != "HEAD":
        events = _events(environ, params)
        if events:
            recording.record(events)
    return answer


def _events(environ, params):
    """What a beacon counts: nothing, or the page view with its referrer and browser language."""
    # A browser says where a request comes from; a beacon sent from another site counts nothing.
    if environ.get("HTTP_SEC_FETCH_SITE", "same-origin") not in ("same-origin", "none") or not is_counted(environ):
        return []
    page_id = params.get("p", "")
    language = params.get("l", "")
    if not page_id.isdigit() or not 0 < int(page_id) <= MAX_PAGE_ID or language not in _languages():
        return []
    page_id = int(page_id)
    events = [(Count.Kind.PAGE_VIEW, page_id, language, "")]
    referrer = params.get("r", "").strip().lower().removeprefix("www.")
    if referrer and DOMAIN.match(referrer) and referrer != _own_host(environ):
        events.append((Count.Kind.REFERRER, page_id, language, referrer))
    browser_language = BROWSER_LANGUAGE.match(environ.get("HTTP_ACCEPT_LANGUAGE", ""))
    if browser_language:
        events.append((Count.Kind.VISITOR_LANGUAGE, page_id, language, browser_language.group(1).lower()))
    return events


@functools.cache
def _languages():
    return frozenset(code for code, _name in settings.LANGUAGES)


def _params(query):
    # The plain parser, not a QueryDict: a beacon has three short fields, and a QueryDict costs more than they do.
    return dict(parse_qsl(query)) if len(query) <= MAX_QUERY else {}


def is_counted(environ):
    """Neither a browser that asks not to be tracked nor a bot is counted (`environ`: request.META will do)."""
    if environ.get("HTTP_DNT") == "1" or environ.get("HTTP_SEC_GPC") == "1":
        return False
    return not is_bot(environ.get("HTTP_USER_AGENT", "")[:512])


def _own_host(environ):
    # The Host header as sent: ALLOWED_HOSTS is not checked this early, and a beacon needs no answer to it.
    return environ.get("HTTP_HOST", "").rsplit(":", 1)[0].lower().removeprefix("www.")


@functools.lru_cache(maxsize=4096)
def is_bot(user_agent):
    """A request without a user agent is a script's; the list's patterns name the crawlers.

    Visitors' browsers send a few hundred distinct user agents: the answers are kept.
    """
    return not user_agent.strip() or crawleruseragents.is_crawler(user_agent)
