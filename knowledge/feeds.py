"""RSS and Atom feeds of an index page's latest items, one per locale (served by the index page of that locale).

The news and event listings and the newsletter archive share them: a page with `FeedsMixin`
declares its feed class and formats, and gives its items newest first through `feed_items()`.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.links import page_url

FEED_LENGTH = 30
FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


class IndexPageFeed(Feed):
    item_guid_is_permalink = False

    def __init__(self, feed_type=Rss201rev2Feed):
        self.feed_type = feed_type

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index_page):
        return index_page

    def title(self, index_page):
        return f"{index_page.title} – ClusterPoliSEE"

    def link(self, index_page):
        return page_url(index_page, self.request)

    def description(self, index_page):
        return index_page.introduction or index_page.title

    # Atom's name for the description (RSS has no subtitle).
    subtitle = description

    def items(self, index_page):
        return index_page.feed_items()[:FEED_LENGTH]

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.introduction

    def item_link(self, page):
        return page_url(page, self.request)

    def item_guid(self, page):
        return f"urn:clusterpolisee:page:{page.translation_key}:{page.locale.language_code}"

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at


class NewsFeed(IndexPageFeed):
    def item_pubdate(self, page):
        return timezone.make_aware(timezone.datetime.combine(page.date, timezone.datetime.min.time()))


class EventFeed(IndexPageFeed):
    def item_description(self, page):
        when = page.start.strftime("%Y-%m-%d %H:%M") if not page.is_all_day else page.start_date.isoformat()
        where = page.venue or _("Online")
        return f"{when} ({page.time_zone}) – {where}. {page.introduction}"


class FeedsMixin(RoutablePageMixin):
    """An index page whose latest items are also a feed: RSS at feed/rss/, Atom at feed/atom/ where offered."""

    feed_class = IndexPageFeed
    feed_formats = ("rss",)

    def feed_items(self):
        """The items of the feed, newest first (the feed takes the first FEED_LENGTH)."""
        raise NotImplementedError

    def serve_feed(self, request, feed_format):
        if feed_format not in self.feed_formats:
            raise Http404
        return self.feed_class(FEED_TYPES[feed_format])(request, index_page=self)

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return self.serve_feed(request, "rss")

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return self.serve_feed(request, "atom")
