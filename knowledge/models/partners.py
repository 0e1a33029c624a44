from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries.fields import CountryField

from core.models import BasePage
from pictures.prefetch import prefetch_renditions

from ..selectors import localized_taxonomy, partners_by_country


class Partner(TranslatableMixin, index.Indexed, models.Model):
    class OrganisationType(models.TextChoices):
        PUBLIC_AUTHORITY = "public-authority", _("Public authority")
        DEVELOPMENT_AGENCY = "development-agency", _("Regional development agency")
        RESEARCH = "research", _("Research institute or university")
        INNOVATION_AGENCY = "innovation-agency", _("Innovation agency")
        CLUSTER_NETWORK = "cluster-network", _("Cluster or cluster network")
        SME_AGENCY = "sme-agency", _("SME promotion agency")
        OTHER = "other", _("Other organisation")

    number = models.PositiveSmallIntegerField(
        _("partner number"), help_text=_("The partner's number in the application form; the lead partner is 1.")
    )
    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100, blank=True)
    organisation_type = models.CharField(_("type"), max_length=30, choices=OrganisationType.choices)
    is_lead_partner = models.BooleanField(_("lead partner"), default=False)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    description = models.TextField(_("description"), blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5, null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("acronym")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
        FieldPanel("organisation_type"),
        FieldPanel("is_lead_partner"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])], heading=_("Location")),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("city"),
        TranslatableField("description"),
        SynchronizedField("number"),
        SynchronizedField("acronym"),
        SynchronizedField("country"),
        SynchronizedField("organisation_type"),
        SynchronizedField("is_lead_partner"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.SearchField("city"),
        index.SearchField("description"),
        index.FilterField("locale"),
        index.FilterField("country"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["number", "locale"], name="unique_partner_number_per_locale"),
        ]

    def __str__(self):
        return self.name


class PartnerIndexPage(BasePage):
    """The partner directory, grouped by country."""

    template = "pages/partner_index_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["countries"] = partners_by_country(self.locale)
        prefetch_renditions([partner.logo for _c, partners in context["countries"] for partner in partners], "logo")
        return context


class WorkPackageIndexPage(BasePage):
    template = "pages/work_package_index_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("work package overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["work_packages"] = localized_taxonomy("WorkPackage", self.locale).values()
        return context


class WorkingGroupIndexPage(BasePage):
    template = "pages/working_group_index_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("working group overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["working_groups"] = localized_taxonomy("ThematicArea", self.locale).values()
        return context
