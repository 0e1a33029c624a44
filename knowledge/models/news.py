from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.links import absolute_url, page_url
from core.models import BasePage

from ..feeds import FeedsMixin, NewsFeed
from ..filters import NewsFilter
from ..selectors import news_listing
from .listing import DatedPageMixin, ListingIndexPage, LocalizedTaxonomyMixin


class NewsIndexPage(FeedsMixin, ListingIndexPage):
    template = "pages/news_index_page.html"
    subpage_types = ["knowledge.NewsPage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    filterset_class = NewsFilter
    listing_selector = news_listing
    feed_class = NewsFeed
    feed_formats = ("rss", "atom")

    class Meta:
        verbose_name = _("news index")

    def feed_items(self):
        return self.listing_selector()


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("knowledge.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(LocalizedTaxonomyMixin, DatedPageMixin, BasePage):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    thematic_areas = ParentalManyToManyField(
        "knowledge.ThematicArea", blank=True, related_name="news", verbose_name=_("thematic areas")
    )
    work_package = models.ForeignKey(
        "knowledge.WorkPackage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        verbose_name=_("work package"),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("thematic_areas"), FieldPanel("work_package"), FieldPanel("tags")],
            heading=_("Classification"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("thematic_areas", [index.FilterField("code")]),
    ]
    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("thematic_areas"),
        SynchronizedField("work_package"),
    ]

    template = "pages/news_page.html"
    og_type = "article"
    parent_page_types = ["knowledge.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def get_structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.introduction,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "url": page_url(self, request),
            "publisher": {"@type": "Organization", "name": "ClusterPoliSEE"},
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.listing_image:
            data["image"] = absolute_url(self.listing_image.get_rendition("fill-1200x630").url, request)
        return data
