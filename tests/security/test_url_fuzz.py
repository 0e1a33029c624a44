"""Every URL pattern of the site, filled with hostile values, never answers 500.

The walk covers Django's resolver recursively (the language-prefixed patterns, Wagtail,
its admin, allauth and machina), the routes of Wagtail's routable pages and the query
strings the listings and the search read. Each URL is requested with GET and POST, as an
anonymous visitor and as a member without admin rights (the admin patterns only as the
member: anonymous visitors are sent to the login page before any of them runs).
"""

import inspect
import logging
import re
from urllib.parse import quote, urlencode

from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

from wagtail.models import Page

import pytest
from wagtail_factories import DocumentFactory

from tests.factories.accounts import member
from tests.factories.forums import topic_with_posts

pytestmark = pytest.mark.django_db

HUGE = "9" * 30
# Values for an argument, as each kind of converter accepts them; one value it refuses is tried too.
NUMBERS = ["0", "9223372036854775808", "987654"]  # 2**63 overflows PostgreSQL's bigint; 987654 is missing
TEXTS = ["abc", "..", "%00", "x" * 10_240, "ünïcødé-✓-😀"]
HOSTILE = NUMBERS + TEXTS
# A member without admin rights is turned away before any admin view runs, so one value is enough there.
ADMIN_HOSTILE = ["987654"]
QUERY_NAMES = ["page", "area", "wp", "year", "when", "event_type", "country", "type", "q", "sort", "all", "quote"]
ANONYMOUS, MEMBER = "anonymous", "member"
EVERYONE = (ANONYMOUS, MEMBER)
GET, BOTH = ("GET",), ("GET", "POST")
POST_DATA = {"q": "x" * 2000, "page": "abc", "id": HUGE, "next": "//evil.example/", "language": "xx", "email": "a@"}
EXTRA_PATHS = [
    "/static/..%2f..%2fvar%2fdb.sqlite3",
    "/static/%2e%2e/%2e%2e/config/settings/test.py",
    "/static/css/%00.css",
    "/media/..%2f..%2fconfig%2fsettings%2ftest.py",
    "/%00/",
    "/en/%00/",
    "/xx-YY/",
    "/" + "a" * 10_240 + "/",
]


def _route_path(pattern, value):
    """A route such as 'topic/<str:slug>-<int:pk>/' with every argument set to `value`."""
    return re.sub(r"<(?:\w+:)?\w+>", lambda _m: value, str(pattern))


def _regex_path(pattern, value):
    """A URL for a regex pattern: each group becomes `value`, the rest is read literally."""
    regex = str(pattern).lstrip("^").rstrip("$")
    out, depth = [], 0
    for char in re.sub(r"\\(.)", r"\1", regex):
        if char == "(":
            if depth == 0:
                out.append(value)
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out).replace(".*", value).replace("?", "")


def _fits(converter, value):
    return re.fullmatch(converter.regex, value) is not None


def walk(resolver=None, prefix=""):
    """(path template, converters, view) of every pattern: the template holds `{}` where arguments go."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        pattern = entry.pattern
        if isinstance(pattern, LocalePrefixPattern):
            part = "en/"
        elif isinstance(pattern, RoutePattern):
            part = _route_path(pattern, "{}")
        elif isinstance(pattern, RegexPattern):
            part = _regex_path(pattern, "{}")
        else:  # pragma: no cover - Django has no other kind
            raise AssertionError(pattern)
        converters = list(getattr(pattern, "converters", {}).values())
        if isinstance(entry, URLResolver):
            for template, inner, view in walk(entry, prefix + part):
                yield template, converters + inner, view
        elif isinstance(entry, URLPattern):
            yield prefix + part, converters, entry.callback


def _view_key(view):
    """The class or function behind a view, under its decorators."""
    view = getattr(view, "view_class", None) or inspect.unwrap(view)
    return view.__module__, view.__qualname__


def pattern_urls():
    """(who, methods, url) for every pattern and every hostile value its converters accept.

    A value a converter refuses (letters for an id) never reaches that view: the request is
    answered like any unknown path, so one GET per pattern checks that answer. Admin views
    turn a member away before they run, so each admin view is tried once (the admin has
    hundreds of patterns made by a few view classes, one per model).
    """
    admin_views = set()
    for template, converters, view in walk():
        admin = template.startswith(("admin/", "django-admin/"))
        if admin:
            if _view_key(view) in admin_views:
                continue
            admin_views.add(_view_key(view))
        who = (MEMBER,) if admin else EVERYONE
        if "{}" not in template:
            yield who, BOTH, "/" + template
            continue
        for value in ADMIN_HOSTILE if admin else HOSTILE:
            url = "/" + template.replace("{}", quote(value, safe="%/"))
            if all(_fits(converter, value) for converter in converters):
                yield who, BOTH, url
            elif value == "abc":
                yield (ANONYMOUS,), GET, url


def page_urls(site_tree, topic):
    """Wagtail pages, the sub-routes of routable pages and the query strings of listings and search."""
    listings = [site_tree[key].url for key in site_tree if key.endswith("_index")] + [
        "/en/search/",
        "/en/search/suggest/",
    ]
    urls = [page.url for page in site_tree.values() if isinstance(page, Page)] + ["/bg/"]
    for page in listings + [site_tree["event"].url, site_tree["news"].url]:
        urls += [page + quote(value, safe="%") + "/?" for value in ("abc", "..", "%00", "x" * 10_240)]
    for page in listings:
        query_values = ["\x00", "x" * 10_240, "ünïcødé-✓-😀", HUGE]
        urls += [page + "?" + urlencode(dict.fromkeys(QUERY_NAMES, value)) for value in query_values]
    urls += [site_tree["event"].url + "ics/", site_tree["event_index"].url + "calendar/?year=" + HUGE]
    reply = reverse(
        "forum_conversation:post_create",
        kwargs={
            "forum_slug": topic.forum.slug,
            "forum_pk": topic.forum.pk,
            "topic_slug": topic.slug,
            "topic_pk": topic.pk,
        },
    )
    urls += [f"{reply}?quote={value}" for value in ("abc", HUGE, "987654", "%00")]
    return urls


def server_errors(client, url, methods, *, relogin=None):
    failures = []
    for method in methods:
        response = client.post(url, POST_DATA) if method == "POST" else client.get(url)
        if response.status_code >= 500:
            failures.append(f"{method} {url[:200]} -> {response.status_code}")
        if relogin and not client.cookies.get(settings.SESSION_COOKIE_NAME, None):
            relogin()  # a POST to the logout URL signed the member out
    return failures


@pytest.fixture
def quiet_404s():
    """Thousands of expected 404s and 405s would drown the tracebacks of the errors that matter."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


def test_no_url_of_the_site_answers_500_to_hostile_values(site_tree, forums, settings, quiet_404s):
    settings.DEBUG = False
    topic = topic_with_posts(replies=1)
    DocumentFactory(title="A deliverable file")
    user = member()
    clients = {who: Client(HTTP_HOST="localhost", raise_request_exception=False) for who in EVERYONE}
    clients[MEMBER].force_login(user)

    probes = list(dict.fromkeys(pattern_urls()))
    probes += [(EVERYONE, GET if "?" in url else BOTH, url) for url in page_urls(site_tree, topic) + EXTRA_PATHS]
    failures = []
    for people, methods, url in probes:
        for who in people:
            relogin = (lambda: clients[MEMBER].force_login(user)) if who == MEMBER else None
            failures += [f"{who} {f}" for f in server_errors(clients[who], url, methods, relogin=relogin)]
    requests = sum(len(people) * len(methods) for people, methods, _url in probes)
    assert not failures, f"{len(failures)} server errors in {requests} requests:\n" + "\n".join(failures)
