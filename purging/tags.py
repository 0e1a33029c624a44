"""Cache tags: each response names what it shows, so that a change purges exactly those responses.

A response carries an `xkey` header (Varnish's xkey module reads it, and the VCL strips it
before delivery) listing:

- `page-<id>` of the Wagtail page it serves (listings, their feeds and every filtered or
  paginated variant of them included: a URL purge reaches only one of those);
- `snippet-<app_label.model>` of each snippet or setting model with an instance loaded while
  the response was made (the footer's site settings, the thematic areas of a listing's filter,
  the partners of the partner page…). Saving or deleting any instance of the model purges its tag.
- `chrome` on every HTML page: the menu, the language switcher and the footer show settings, snippets
  and the home page's children. They are rendered from a fragment cache (core.fragments), so the
  models behind them are not loaded, and not tagged, on most requests; a change to any of them
  purges this tag.
"""

import contextvars
from functools import cache

from django.db.models.signals import post_init

from wagtail.contrib.settings.registry import registry
from wagtail.snippets.models import get_snippet_models

TAG_HEADER = "xkey"

_current = contextvars.ContextVar("cache_tags", default=None)


CHROME_TAG = "chrome"


def page_tag(page_id):
    return f"page-{page_id}"


def model_tag(model):
    return f"snippet-{model._meta.label_lower}"


@cache
def tagged_models():
    """Snippets and settings: the models editors change outside the page tree."""
    return frozenset(get_snippet_models()) | frozenset(registry)


def add(*tags):
    """Tag the response being made (nothing outside a request)."""
    current = _current.get()
    if current is not None:
        current.update(tags)


def _loaded(sender, **kwargs):
    if _current.get() is not None and sender in tagged_models():
        add(model_tag(sender))


def connect():
    # Every model's instances: the snippet models are only known once all wagtail_hooks have run.
    post_init.connect(_loaded, dispatch_uid="purging.tags.loaded")


class CacheTagsMiddleware:
    """Collect the tags of each GET or HEAD response and send them in its xkey header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        tags = set()
        token = _current.set(tags)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        if response.get("Content-Type", "").startswith("text/html"):
            tags.add(CHROME_TAG)
        if tags:
            response[TAG_HEADER] = " ".join(sorted(tags))
        return response
