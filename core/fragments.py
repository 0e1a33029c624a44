"""The parts of every page that rarely change (menu, language switcher, footer), kept in Django's cache.

Building them took most of the queries of a page (each language's version of the page
and of its ancestors, the menu pages, the footer links, the funding statement) and much
of its CPU. Every cached piece is keyed by one site-wide version, which any change to
pages, sites, settings, snippets or taxonomies replaces: the next request rebuilds what
it shows. One version for all locales, because publishing a page in one language
changes the switcher of its versions in all the others.
"""

import uuid

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished, post_page_move

from asgiref.local import Local

VERSION_KEY = "fragments:version"
TIMEOUT = 24 * 60 * 60

# Changes to models of these apps may show in a menu, switcher, footer or label. Renditions
# (wagtailimages), sessions, forum posts and tasks, which a public request may write, are not among them.
WATCHED_APPS = {"home", "knowledge", "newsletters", "wagtailcore", "wagtail_localize", "taggit"}


# The version a request read first, kept for the rest of it: a page reads some twenty fragments, and
# each read of the shared cache is a round trip. Outside a request (tasks, commands) it is read each time.
_this_request = Local()


@receiver(request_started)
def _request_started(**kwargs):
    _this_request.version = None
    _this_request.active = True


@receiver(request_finished)
def _request_finished(**kwargs):
    _this_request.version = None
    _this_request.active = False


def version():
    """The current version of the cached fragments (one cache read per request)."""
    current = getattr(_this_request, "version", None)
    if current is None:
        current = cache.get(VERSION_KEY)
        if current is None:
            current = uuid.uuid4().hex
            if not cache.add(VERSION_KEY, current, None):
                current = cache.get(VERSION_KEY, current)
        _remember(current)
    return current


def invalidate():
    """Makes every cached fragment stale, in every locale."""
    current = uuid.uuid4().hex
    cache.set(VERSION_KEY, current, None)
    _remember(current)


def _remember(current):
    if getattr(_this_request, "active", False):
        _this_request.version = current


def key(*parts):
    return ":".join(["fragments", version(), *(str(part) for part in parts)])


def cached(parts, build):
    """`build()`, kept under the current version and `parts` (e.g. the page and the language)."""
    cache_key = key(*parts)
    value = cache.get(cache_key)
    if value is None:
        value = build()
        cache.set(cache_key, value, TIMEOUT)
    return value


def locale(pk):
    """The Locale with this id, from the cache (a page's and an alias source's locale, read by templates)."""
    return cached(("locale", pk), lambda: Locale.objects.get(pk=pk))


def _watched(sender):
    meta = getattr(sender, "_meta", None)
    return meta is not None and meta.app_label in WATCHED_APPS


@receiver(post_save)
@receiver(post_delete)
@receiver(m2m_changed)
def _model_changed(sender, **kwargs):
    if sender is None or not _watched(sender):
        return
    if kwargs.get("created") and issubclass(sender, (BaseGenericSetting, BaseSiteSetting)):
        # Wagtail creates an empty settings row the first time a page reads it: nothing shown changes.
        return
    invalidate()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    # A move rewrites paths with queryset updates, which send no post_save.
    invalidate()
