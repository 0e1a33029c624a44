from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from django_countries.fields import CountryField

from core.blocks import BodyBlock
from core.models import BasePage

from ..filters import GoodPracticeFilter
from ..selectors import good_practice_listing
from .deliverables import DeliverablePage
from .listing import ListingIndexPage, LocalizedTaxonomyMixin

RICH_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class GoodPracticeIndexPage(ListingIndexPage):
    template = "pages/good_practice_index_page.html"
    subpage_types = ["knowledge.GoodPracticePage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("good practice library")

    filterset_class = GoodPracticeFilter
    listing_selector = good_practice_listing


class GoodPracticePage(LocalizedTaxonomyMixin, BasePage):
    class PolicyInstrument(models.TextChoices):
        GRANT = "grant", _("Grant scheme")
        VOUCHER = "voucher", _("Innovation voucher")
        CLUSTER_PROGRAMME = "cluster-programme", _("Cluster programme")
        NETWORKING = "networking", _("Networking and brokerage")
        FINANCIAL_INSTRUMENT = "financial-instrument", _("Loan, guarantee or equity")
        TRAINING = "training", _("Skills and training")
        INFRASTRUCTURE = "infrastructure", _("Infrastructure")
        STRATEGY = "strategy", _("Strategy or regulation")
        OTHER = "other", _("Other")

    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=150, blank=True)
    thematic_areas = ParentalManyToManyField(
        "knowledge.ThematicArea", blank=True, related_name="good_practices", verbose_name=_("thematic areas")
    )
    policy_instrument = models.CharField(_("policy instrument"), max_length=30, choices=PolicyInstrument.choices)
    implementing_body = models.CharField(_("implementing body"), max_length=255, blank=True)
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True, help_text=_("Empty if ongoing."))
    budget_eur = models.DecimalField(_("budget (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True)
    description = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    results = RichTextField(_("results"), blank=True, features=RICH_FEATURES)
    transferability = RichTextField(
        _("transferability"),
        blank=True,
        features=RICH_FEATURES,
        help_text=_("What another region needs to adopt this practice, and what to watch out for."),
    )
    related_deliverables = ParentalManyToManyField(
        "knowledge.DeliverablePage", blank=True, related_name="good_practices", verbose_name=_("related deliverables")
    )
    is_featured = models.BooleanField(_("featured on the home page"), default=False)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
                FieldPanel("thematic_areas"),
                FieldPanel("policy_instrument"),
                FieldPanel("implementing_body"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("budget_eur"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("description"),
        FieldPanel("results"),
        FieldPanel("transferability"),
        FieldPanel("related_deliverables"),
        FieldPanel("is_featured"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("region"),
        index.SearchField("implementing_body"),
        index.SearchField("description"),
        index.SearchField("results"),
        index.SearchField("transferability"),
        index.FilterField("country"),
        index.FilterField("policy_instrument"),
    ]
    override_translatable_fields = [
        SynchronizedField("country"),
        SynchronizedField("thematic_areas"),
        SynchronizedField("related_deliverables"),
        SynchronizedField("start_year"),
        SynchronizedField("end_year"),
        SynchronizedField("budget_eur"),
        SynchronizedField("is_featured"),
    ]

    template = "pages/good_practice_page.html"
    parent_page_types = ["knowledge.GoodPracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def visible_related_deliverables(self):
        """Related deliverables every visitor may see, in the page's language where translated."""
        sources = (
            self.related_deliverables.live()
            .public()
            .filter(dissemination_level=DeliverablePage.DisseminationLevel.PUBLIC)
        )
        keys = [d.translation_key for d in sources]
        translated = {
            d.translation_key: d
            for d in DeliverablePage.objects.live().filter(translation_key__in=keys, locale=self.locale)
        }
        return [translated.get(d.translation_key, d) for d in sources]

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year cannot be before the start year.")})
