"""Cache-Control on every response: public pages for a shared cache, personal ones never.

A middleware of its own (not a decorator on each view) because the decision needs what only the
end of the request knows: whether a cookie is being set, whether messages were shown, whether
the visitor turned out to be signed in. It stands outside the session, CSRF, message and locale
middleware (MIDDLEWARE in config/settings/base.py), so it sees the cookies and the Vary header they add.
"""

from django.conf import settings
from django.utils.cache import cc_delim_re, patch_cache_control

from . import policy

READ_METHODS = frozenset({"GET", "HEAD"})


class CacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            # The view knows better (the sitemap, Wagtail's admin); only the session's Vary goes if it is public.
            if _public_as_is(request, response):
                _drop_vary_cookie(response)
            return response
        directives = _directives(request, response)
        patch_cache_control(response, **directives)
        if directives.get("public"):
            _drop_vary_cookie(response)
        return response


def _directives(request, response):
    never_stored = (
        request.method not in READ_METHODS
        or _sets_or_shows_something_personal(request, response)
        or policy.is_marked_never_shared(request)
        or policy.never_shared_view(request)
        or _is_preview(request)
    )
    if never_stored:
        return {"private": True, "no_store": True}
    if _signed_in(request) or _has_session(request):
        # A member's page (or a visitor's who passed a password): the browser may keep it, a shared cache never.
        return {"private": True, "no_cache": True}
    if policy.unshared_view(request) or response.status_code not in policy.SHARED_STATUSES:
        return {"private": True, "no_cache": True}
    max_age = policy.browser_max_age()
    # A page published later purges its own URL, but a missing one is kept briefly all the same.
    shared = max_age if response.status_code == 404 else policy.shared_max_age(request)
    return {"public": True, "max_age": max_age, "s_maxage": shared}


def _public_as_is(request, response):
    directives = {field.split("=", 1)[0].strip().lower() for field in response["Cache-Control"].split(",")}
    return (
        not directives & {"private", "no-store", "no-cache"}
        and request.method in READ_METHODS
        and not _sets_or_shows_something_personal(request, response)
        and not _signed_in(request)
        and not _has_session(request)
    )


def _is_preview(request):
    """Wagtail marks the requests it makes to render a draft."""
    return getattr(request, "is_preview", False)


def _signed_in(request):
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def _has_session(request):
    """Anonymous visitors get no session; one who has a session cookie has something of their own in it."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _sets_or_shows_something_personal(request, response):
    if response.cookies:
        return True
    messages = getattr(request, "_messages", None)
    return messages is not None and (messages.used or bool(getattr(messages, "_queued_messages", ())))


def _drop_vary_cookie(response):
    """The page is the same for every anonymous visitor: varying on Cookie would split the cache per visitor.

    The session middleware adds it as soon as a template asks who the visitor is. Signed-in
    visitors never get this response from a shared cache: theirs are private, and the shared
    cache passes requests that carry a session cookie.
    """
    if not response.has_header("Vary"):
        return
    kept = [field for field in cc_delim_re.split(response["Vary"]) if field and field.lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]
