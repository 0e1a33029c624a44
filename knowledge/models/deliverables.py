from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from caching.policy import never_shared
from core.models import BasePage
from core.permissions import refuse_consortium_content, user_is_partner

from ..filters import DeliverableFilter
from ..selectors import deliverable_listing
from .listing import DatedPageMixin, ListingIndexPage, LocalizedTaxonomyMixin


class DeliverableIndexPage(ListingIndexPage):
    template = "pages/deliverable_index_page.html"
    card_images = False
    subpage_types = ["knowledge.DeliverablePage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("deliverable library")

    filterset_class = DeliverableFilter
    listing_selector = deliverable_listing

    def listing_queryset(self, request):
        # Partners also see the deliverables restricted to the consortium.
        return self.listing_selector(request.user)


class DeliverablePage(LocalizedTaxonomyMixin, DatedPageMixin, BasePage):
    class DeliverableType(models.TextChoices):
        REPORT = "report", _("Report")
        STRATEGY = "strategy", _("Strategy or plan")
        TOOL = "tool", _("Tool or methodology")
        TRAINING = "training", _("Learning material")
        EVENT = "event", _("Event report")
        COMMUNICATION = "communication", _("Communication material")
        OTHER = "other", _("Other")

    class DisseminationLevel(models.TextChoices):
        PUBLIC = "PU", pgettext_lazy("dissemination level", "Public")
        PROGRAMME = "PP", _("Restricted to programme participants")
        CONSORTIUM = "CO", _("Confidential, consortium only")

    code = models.CharField(_("code"), max_length=20, help_text=_("As in the application form, for example D3.2."))
    work_package = models.ForeignKey(
        "knowledge.WorkPackage",
        on_delete=models.PROTECT,
        related_name="deliverables",
        verbose_name=_("work package"),
    )
    deliverable_type = models.CharField(_("type"), max_length=30, choices=DeliverableType.choices)
    dissemination_level = models.CharField(
        _("dissemination level"),
        max_length=2,
        choices=DisseminationLevel.choices,
        default=DisseminationLevel.PUBLIC,
        help_text=_("Only public deliverables are listed, searchable and downloadable by visitors."),
    )
    summary = RichTextField(_("summary"), blank=True, features=["h3", "bold", "italic", "ol", "ul", "link"])
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("document"),
        help_text=_("The deliverable itself, preferably as PDF."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("code"), FieldPanel("date")]),
                FieldPanel("work_package"),
                FieldRowPanel([FieldPanel("deliverable_type"), FieldPanel("dissemination_level")]),
            ],
            heading=_("Deliverable"),
        ),
        FieldPanel("summary"),
        FieldPanel("document"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("code", boost=3),
        index.SearchField("summary"),
        index.FilterField("date"),
        index.FilterField("dissemination_level"),
        index.FilterField("deliverable_type"),
    ]
    override_translatable_fields = [
        SynchronizedField("code"),
        SynchronizedField("date"),
        SynchronizedField("work_package"),
    ]

    template = "pages/deliverable_page.html"
    parent_page_types = ["knowledge.DeliverableIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("deliverable")
        verbose_name_plural = _("deliverables")

    @property
    def is_public(self):
        return self.dissemination_level == self.DisseminationLevel.PUBLIC

    def user_may_read(self, user):
        return self.is_public or user_is_partner(user)

    def serve(self, request, *args, **kwargs):
        if not self.is_public:
            # A partner's copy of a confidential deliverable must not be kept by a shared cache.
            never_shared(request)
        if not self.user_may_read(request.user):
            return refuse_consortium_content(request)
        return super().serve(request, *args, **kwargs)
