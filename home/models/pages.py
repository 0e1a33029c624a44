"""The home page and the standard pages (about, objectives, contact, legal pages…)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage

from ..blocks import HomeBodyBlock
from ..selectors import home_page_sections


class HomePage(BasePage):
    tagline = models.CharField(
        _("tagline"),
        max_length=255,
        help_text=_("The project in one sentence, shown large at the top of the home page."),
    )
    body = StreamField(HomeBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("tagline"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("tagline"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_sections(self))
        return context


class StandardPage(BasePage):
    """About, objectives, governance, contact, privacy, accessibility, legal notice…"""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    template = "pages/standard_page.html"
    # Search facts (docs/search.md).
    search_content_type = "page"

    class Meta:
        verbose_name = _("standard page")
