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


def page_changed(sender, instance, **kwargs):
    purge.purge_page(instance)


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


def snippet_changed(sender, instance, **kwargs):
    if sender in tags.tagged_models():
        purge.purge_tags(tags.model_tag(sender))


def connect():
    page_published.connect(page_changed, dispatch_uid="purging.published")
    page_unpublished.connect(page_changed, dispatch_uid="purging.unpublished")
    pre_page_move.connect(page_moving, dispatch_uid="purging.moving")
    post_page_move.connect(page_moved, dispatch_uid="purging.moved")
    post_save.connect(snippet_changed, dispatch_uid="purging.snippet_saved")
    post_delete.connect(snippet_changed, dispatch_uid="purging.snippet_deleted")
