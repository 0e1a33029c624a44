"""What to purge from the frontend cache when a page or a snippet changes, sent once per transaction.

A page shows up in more places than its own URL: in every locale (wagtail-localize keeps a
translation or an alias of it in each, under a translated slug), in its parent's listing and
that listing's feeds in every locale, on every locale's home page, and in the sitemap. All of
them are collected in one Wagtail PurgeBatch; the pages' tags (purging.tags) go with it, to
reach the filtered and paginated variants of the listings a URL purge misses.

Nothing is sent before the transaction that changed the content commits: a visitor arriving
in between would put the old version back in the cache. A failed purge is logged, never raised:
publishing goes on, and the cached copy expires by itself.
"""

import logging
import threading

from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from . import tags as cache_tags

logger = logging.getLogger(__name__)

_pending = threading.local()


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def page_paths(page):
    """The paths under a page's URL that the cache may hold: its own, and its routes without
    parameters (a listing's RSS and Atom feeds and iCal calendar, an event's .ics file)."""
    page = page.specific_deferred
    paths = list(page.get_cached_paths())
    if isinstance(page, RoutablePageMixin):
        for pattern in page.get_subpage_urls():
            try:
                paths.append("/" + page.reverse_subpage(pattern.name).lstrip("/"))
            except NoReverseMatch:  # a route with parameters
                continue
    return dict.fromkeys(paths)


def page_urls(page, cache_object=None):
    url = page.get_full_url(cache_object)
    if url is None:  # outside every site
        return []
    return [url + path.lstrip("/") for path in page_paths(page)]


def counterparts(page):
    """The page in every locale: its translations and aliases, itself included."""
    return Page.objects.filter(translation_key=page.translation_key).specific(defer=True)


def pages_showing(page, *, every_locale=True):
    """The page, its parent (the listing) and the home page, in every locale or in the page's own."""
    in_locales = counterparts if every_locale else (lambda page: [page.specific_deferred])
    pages = {p.pk: p for p in in_locales(page)}
    parent = page.get_parent()
    if parent is not None and not parent.is_root():
        pages.update((p.pk, p) for p in in_locales(parent))
    site = page.get_site()
    if site is not None:
        home = site.root_page if every_locale else site.root_page.get_translation_or_none(page.locale_id)
        if home is not None:
            pages.update((p.pk, p) for p in in_locales(home))
    return pages.values()


def purge_page(page, *, descendants=False, every_locale=True):
    """Schedule the purge of everything that shows `page` (and, after a move, of its descendants)."""
    if not enabled():
        return
    collect_page(_batch(), page, descendants=descendants, every_locale=every_locale)
    _send_on_commit()


def collect_page(batch, page, *, descendants=False, every_locale=True):
    """Add to `batch` the URLs and tags of everything that shows `page` as it is now."""
    for shown in pages_showing(page, every_locale=every_locale):
        batch.urls.add_urls(page_urls(shown, batch.urls))
        batch.tags.add(cache_tags.page_tag(shown.pk))
    if descendants:
        for counterpart in counterparts(page):
            for child in counterpart.get_descendants().specific(defer=True):
                batch.urls.add_urls(page_urls(child, batch.urls))
                batch.tags.add(cache_tags.page_tag(child.pk))
    if page.depth <= 3:
        # The home page and its children are the menu, which every page shows.
        batch.tags.add(cache_tags.CHROME_TAG)
    site = page.get_site()
    if site is not None:
        batch.urls.add_url(site.root_url + "/sitemap.xml")


def purge_batch(batch):
    """Schedule the purge of what an earlier `collect_page` gathered."""
    pending = _batch()
    pending.urls.add_urls(batch.urls.urls)
    pending.tags.update(batch.tags)
    _send_on_commit()


def purge_tags(*tags):
    """Schedule the purge of every response tagged with one of `tags`."""
    if not enabled():
        return
    _batch().tags.update(tags)
    _send_on_commit()


class Pending:
    def __init__(self):
        self.urls = PurgeBatch()
        self.tags = set()


def _batch():
    if getattr(_pending, "batch", None) is None:
        _pending.batch = Pending()
    return _pending.batch


def _send_on_commit():
    # One callback per change, but the first to run sends the whole batch and the others find it empty:
    # in a transaction (every admin request runs in one) a publish with its eleven aliases sends one
    # batch. After a rollback the callbacks are dropped and what was collected goes with the next
    # batch: a few needless purges, never a missed one.
    transaction.on_commit(send)


def send():
    batch, _pending.batch = getattr(_pending, "batch", None), None
    if batch is None:
        return
    try:
        if batch.urls.urls:
            batch.urls.purge()
        if batch.tags:
            from .tasks import purge_tags_task

            purge_tags_task.enqueue(sorted(batch.tags))
    except Exception:  # noqa: BLE001 - a cache that cannot be told must not undo a publish
        logger.exception("Could not purge the frontend cache (%d URLs, tags %s)", len(batch.urls.urls), batch.tags)
