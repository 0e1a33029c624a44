"""What to purge from the frontend cache when a page or a snippet changes, sent once per transaction.

A page shows up in more places than its own URL: in every locale (wagtail-localize keeps a
translation or an alias of it in each, under a translated slug), in its parent's listing and
that listing's feeds in every locale, on every locale's home page, and in the sitemap. The
page's own URLs are purged at once (PURGE of each URL, and its tag for the variants a URL
misses). What merely shows it, the listings, feeds and home pages, is soft-purged by tag
(purging.tags): expired, yet served while Varnish fetches the new version in the background,
so a publish during a rush never sends every visitor of the home page to the application at once.

Nothing is sent before the transaction that changed the content commits: a visitor arriving
in between would put the old version back in the cache. A render already under way when the purge
arrives does the same when it ends (a purge reaches only what is stored), so every tag of the batch
is expired once more a moment later (FRONTEND_CACHE_REPEAT_AFTER). A failed purge is logged, never raised:
publishing goes on, and the cached copy expires by itself.
"""

import logging
import threading

from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch

from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
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
    """The pages that show `page` without being it: its parent (the listing) and the home page,
    in every locale or in the page's own."""
    in_locales = counterparts if every_locale else (lambda page: [page.specific_deferred])
    pages = {}
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
    """Add to `batch` the URLs and tags of `page` and of everything that shows it, as they are now."""
    all_locales = counterparts(page)
    own = all_locales if every_locale else [page.specific_deferred]
    for counterpart in own:
        batch.urls.add_urls(page_urls(counterpart, batch.urls))
        batch.tags.add(cache_tags.page_tag(counterpart.pk))
    own_ids = {counterpart.pk for counterpart in own}
    for showing in pages_showing(page, every_locale=every_locale):
        if showing.pk not in own_ids:  # the home page shows itself: purged at once above
            batch.soft_tags.add(cache_tags.page_tag(showing.pk))
    if descendants:
        for counterpart in all_locales:
            for child in counterpart.get_descendants().specific(defer=True):
                batch.urls.add_urls(page_urls(child, batch.urls))
                batch.tags.add(cache_tags.page_tag(child.pk))
    if page.depth <= 3:
        # The home page and its children are the menu, which every page shows.
        batch.soft_tags.add(cache_tags.CHROME_TAG)
    site = page.get_site()
    if site is not None:
        batch.urls.add_url(site.root_url + "/sitemap.xml")


def purge_batch(batch):
    """Schedule the purge of what an earlier `collect_page` gathered."""
    pending = _batch()
    pending.urls.add_urls(batch.urls.urls)
    pending.tags.update(batch.tags)
    pending.soft_tags.update(batch.soft_tags)
    _send_on_commit()


def soft_purge_tags(*tags):
    """Schedule the expiry of every response tagged with one of `tags` (served while refetched)."""
    if not enabled():
        return
    _batch().soft_tags.update(tags)
    _send_on_commit()


class Pending:
    def __init__(self):
        self.urls = PurgeBatch()
        self.tags = set()  # gone at once
        self.soft_tags = set()  # expired, served while refetched


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
    # At once rather than through the task queue: a tag is one request to each cache, and the queue
    # may be busy (a campaign, a reindex) while the listings must show the change within seconds.
    try:
        if batch.urls.urls:
            batch.urls.purge()
        _purge_tags(batch.tags, soft=False)
        _purge_tags(batch.soft_tags - batch.tags, soft=True)
    except Exception:  # noqa: BLE001 - a cache that cannot be told must not undo a publish
        logger.exception("Could not purge the frontend cache (%d URLs, tags %s)", len(batch.urls.urls), batch.tags)
    delay = settings.FRONTEND_CACHE_REPEAT_AFTER
    if delay:
        # Soft: by then the new version is what a refetch renders, and visitors keep the stale copy meanwhile.
        # A timer rather than the task queue, which may be busy; lost with its process, like any purge.
        repeat = threading.Timer(delay, _repeat, args=(batch.tags | batch.soft_tags,))
        repeat.daemon = True
        repeat.start()


def _purge_tags(tags, *, soft):
    for backend in get_backends().values():
        if hasattr(backend, "purge_tags"):
            backend.purge_tags(sorted(tags), soft=soft)


def _repeat(tags):
    try:
        _purge_tags(tags, soft=True)
    except Exception:  # noqa: BLE001 - the cached copy still expires by itself
        logger.exception("Could not repeat the purge of tags %s", tags)
