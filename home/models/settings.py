"""The site-wide settings: contact and social links, the project's key figures, the funding statement."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet

from django_countries.fields import CountryField

from ..choices import SOCIAL_PLATFORMS


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(
        choices=SOCIAL_PLATFORMS,
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
