"""Purge the frontend cache when pages are published, unpublished, moved or deleted, and when snippets
or settings change.

Wagtail's own frontend_cache app is not installed: its handlers purge only the published page's own
URL (under every language prefix, with the English slug), a second time; purging.purge covers it.
Deleting a live page unpublishes it first (Wagtail's pre_delete handler), which comes here too.
"""

import threading

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from . import purge, tags

_moving = threading.local()


def page_changed(sender, instance, alias=False, **kwargs):
    # Publishing a page then updates its aliases (wagtail-localize's copies in the other locales), each
    # with a signal of its own. The page's purge covered every locale already, but it may have been sent
    # before the aliases changed (a publish outside a transaction): each alias purges its own locale's
    # pages again, a handful of URLs instead of all of them eleven more times.
    # Unpublishing goes the same way (the aliases first, then the page).
    purge.purge_page(instance, every_locale=not (alias or instance.alias_of_id))


def page_moving(sender, instance, **kwargs):
    # Where the page still is, purged together with where it went: the move may run outside a
    # transaction, and the old place must not be purged before the page has left it.
    if purge.enabled():
        before = purge.Pending()
        purge.collect_page(before, instance, descendants=True)
        _moving.__dict__[instance.pk] = before


def page_moved(sender, instance, **kwargs):
    before = _moving.__dict__.pop(instance.pk, None)
    if before is not None:
        purge.purge_batch(before)
    purge.purge_page(instance, descendants=True)


def snippet_changed(sender, instance, raw=False, **kwargs):
    # Not for fixtures being loaded (raw), nor without a cache to purge: finding the snippet models
    # imports every app's wagtail_hooks, which must not happen in the middle of a data load.
    if raw or not purge.enabled():
        return
    if sender in tags.tagged_models():
        purge.soft_purge_tags(tags.model_tag(sender), tags.CHROME_TAG)


def connect():
    page_published.connect(page_changed, dispatch_uid="purging.published")
    page_unpublished.connect(page_changed, dispatch_uid="purging.unpublished")
    pre_page_move.connect(page_moving, dispatch_uid="purging.moving")
    post_page_move.connect(page_moved, dispatch_uid="purging.moved")
    post_save.connect(snippet_changed, dispatch_uid="purging.snippet_saved")
    post_delete.connect(snippet_changed, dispatch_uid="purging.snippet_deleted")
