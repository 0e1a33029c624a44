"""Site-wide page types and settings: the home page, standard pages and the abstract base page."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from django_countries.fields import CountryField

from .blocks import BodyBlock, HomeBodyBlock
from .forms import LocalisedChoicesPageForm


class ListingFieldsMixin(models.Model):
    """What a page shows of itself in listings, feeds, search results and social cards."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("listing image"),
        help_text=_("Shown in listings and when the page is shared. Give the image a description in the library."),
    )

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.introduction


class BasePage(ListingFieldsMixin, Page):
    """Every public page type derives from this, so listings, SEO and search work the same everywhere."""

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    promote_panels = Page.promote_panels + [FieldPanel("listing_image")]
    base_form_class = LocalisedChoicesPageForm
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("locale"),
    ]

    # Wagtail lists every concrete subclass of Page as creatable; the abstract base is not.
    class Meta:
        abstract = True


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
        from knowledge.selectors import home_page_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_sections(self))
        return context


class StandardPage(BasePage):
    """About, objectives, governance, contact, privacy, accessibility, legal notice…"""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(
        choices=[
            ("linkedin", "LinkedIn"),
            ("mastodon", "Mastodon"),
            ("bluesky", "Bluesky"),
            ("facebook", "Facebook"),
            ("youtube", "YouTube"),
            ("x", "X"),
        ],
        label=_("Platform"),
    )
    url = blocks.URLBlock(label=_("Profile address"))

    class Meta:
        icon = "site"


class FundingLogoBlock(ImageBlock):
    url = blocks.URLBlock(required=False, label=_("Link"))


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    social_links = StreamField([("link", SocialLinkBlock())], blank=True, verbose_name=_("social media links"))
    funding_logos = StreamField(
        [("logo", FundingLogoBlock())],
        blank=True,
        verbose_name=_("funding logos"),
        help_text=_("The EU flag, the programme logo and the project logo shown in the footer."),
    )

    footer_links = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page")))],
        blank=True,
        verbose_name=_("footer links"),
        help_text=_("Privacy, accessibility, legal notice… Visitors see each page in their language."),
    )

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("social_links"),
        FieldPanel("funding_logos"),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = _("site settings")


@register_setting(icon="table")
class ProjectFacts(BaseGenericSetting):
    """The project's key figures; numbers and dates only, so nothing here needs translating."""

    reference = models.CharField(_("reference number"), max_length=50, blank=True)
    partner_count = models.PositiveSmallIntegerField(_("number of partners"), null=True, blank=True)
    partner_countries = CountryField(_("partner countries"), multiple=True, blank=True)
    budget_eur = models.DecimalField(_("total budget (EUR)"), max_digits=12, decimal_places=2, null=True, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    panels = [
        FieldPanel("reference"),
        FieldPanel("partner_count"),
        FieldPanel("partner_countries"),
        FieldPanel("budget_eur"),
        MultiFieldPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
    ]

    class Meta:
        verbose_name = _("project facts")


@register_snippet
class FundingStatement(TranslatableMixin, models.Model):
    """The funding statement in the footer; a snippet so each locale has its own wording."""

    text = RichTextField(
        _("text"),
        features=["bold", "italic", "link"],
        help_text=_("The ERDF statement required by the programme's publicity rules."),
    )

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("funding statement")
        verbose_name_plural = _("funding statements")

    def __str__(self):
        return _("Funding statement (%(language)s)") % {"language": self.locale.get_display_name()}

    @classmethod
    def for_locale(cls, locale):
        """The statement in `locale`, or in the default language if it is not translated yet."""
        statements = {s.locale_id: s for s in cls.objects.select_related("locale")}
        return statements.get(locale.pk) or next(
            (s for s in statements.values() if s.locale.language_code == settings.LANGUAGE_CODE), None
        )


class TaskWorker(models.Model):
    """A running task worker, as last seen: a task whose worker stops being seen is put back in the queue."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    seen_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return self.worker_id
