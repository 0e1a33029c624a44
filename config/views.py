"""Wagtail's password forms (of pages and of document collections), with a limit on wrong guesses."""

import copy
from functools import wraps

from django.conf import settings
from django.utils.translation import gettext as _

from core import ratelimit

TOO_MANY_ATTEMPTS = "password-attempts"


def limit_password_attempts(view):
    """Refuse to check a password once this client guessed wrong PAGE_PASSWORD_ATTEMPTS times for it.

    Wagtail compares each guess and answers at once, so a short shared password falls to
    a script in minutes. Wrong guesses are counted per client and restriction; past the
    limit the form comes back with an explanation (status 429) and no guess is checked,
    the right one included, until the window ends.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        key = ":".join([ratelimit.client_address(request), *map(str, kwargs.values())])
        limit, period = settings.PAGE_PASSWORD_ATTEMPTS
        if ratelimit.hits(TOO_MANY_ATTEMPTS, key) >= limit:
            return _refusal(view, request, *args, **kwargs)
        response = view(request, *args, **kwargs)
        if not response.has_header("Location"):  # Wagtail redirects only when the password was right
            ratelimit.hit(TOO_MANY_ATTEMPTS, key, period)
        return response

    return wrapper


def _refusal(view, request, *args, **kwargs):
    """Wagtail's password form (as a GET shows it) with the reason, checking nothing."""
    form_request = copy.copy(request)
    form_request.method = "GET"
    response = view(form_request, *args, **kwargs)
    form = response.context_data["form"]
    form.initial["return_url"] = request.POST.get("return_url", "")
    form.cleaned_data = {}  # what add_error expects of a form that was validated
    form.add_error(None, _("Too many wrong passwords. Please wait a few minutes and try again."))
    response.status_code = 429
    return response
