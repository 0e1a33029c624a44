"""RSS and Atom feeds of news and events, one per locale (served by the index page of that locale)."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from core.links import page_url

from .selectors import event_listing, news_listing

FEED_LENGTH = 30


class IndexPageFeed(Feed):
    feed_type = Rss201rev2Feed

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

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.introduction

    def item_link(self, page):
        return page_url(page, self.request)

    def item_guid(self, page):
        return f"urn:clusterpolisee:page:{page.translation_key}:{page.locale.language_code}"

    item_guid_is_permalink = False

    def item_updateddate(self, page):
        return page.last_published_at


class NewsRssFeed(IndexPageFeed):
    def items(self, index_page):
        return news_listing(index_page)[:FEED_LENGTH]

    def item_pubdate(self, page):
        return timezone.make_aware(timezone.datetime.combine(page.date, timezone.datetime.min.time()))


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = IndexPageFeed.description


class EventRssFeed(IndexPageFeed):
    def items(self, index_page):
        return event_listing(index_page).order_by("-start_date")[:FEED_LENGTH]

    def item_pubdate(self, page):
        return page.first_published_at

    def item_description(self, page):
        when = page.start.strftime("%Y-%m-%d %H:%M") if not page.is_all_day else page.start_date.isoformat()
        where = page.venue or _("Online")
        return f"{when} ({page.time_zone}) – {where}. {page.introduction}"


class EventAtomFeed(EventRssFeed):
    feed_type = Atom1Feed
    subtitle = IndexPageFeed.description
