"""Each request that changes something commits all of its changes, or none."""

from django.db import transaction

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class AtomicWritesMiddleware:
    """Run the view of every POST, PUT, PATCH and DELETE in one transaction.

    Creating a page in the admin (by hand or by Wagtail's autosave) saves the page, then
    wagtail-localize's `after_create_page` hook writes its aliases in the eleven other
    locales, outside any transaction: a failure in between left the page in some
    languages only, and every later save said "The slug … is already in use". In one
    transaction the page and its aliases are written together or not at all. The same
    holds for copying, moving, publishing and translating, and for every form of the site.

    Unlike ATOMIC_REQUESTS, pages that are only read run without a transaction: on SQLite
    a transaction takes the write lock when it begins, and no page view should wait for
    the task worker or make it wait. Listed last in MIDDLEWARE, so the transaction spans
    the view and the rendering of its response, not the session or message storage; a
    view that fails (an exception, or any 5xx response) rolls it back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:
                transaction.set_rollback(True)
        return response
