"""The project's structure as translatable snippets: working groups (thematic areas) and work packages.

Pages link to the English (source) instances; a stable `code` (WG3, WP4) lets
listings filter in any locale and lets templates show the visitor's translation.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class CodedTaxonomy(TranslatableMixin, index.Indexed, models.Model):
    code = models.CharField(
        _("code"),
        max_length=10,
        help_text=_("Short identifier used in every language, for example WG3 or WP4."),
    )
    name = models.CharField(_("name"), max_length=255)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"])

    translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("name"),
        TranslatableField("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("code"),  # the admin's snippet listings search by code ("WG3", "WP4")
        index.SearchField("description"),
        index.FilterField("locale"),
        index.FilterField("code"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} – {self.name}"


class ThematicArea(CodedTaxonomy):
    """One of the six thematic areas; each is run by a working group (WG1–WG6)."""

    coordinator = models.ForeignKey(
        "knowledge.Partner",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_working_groups",
        verbose_name=_("coordinating partner"),
    )

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("description"), FieldPanel("coordinator")]
    translatable_fields = CodedTaxonomy.translatable_fields + [SynchronizedField("coordinator")]

    class Meta(CodedTaxonomy.Meta):
        verbose_name = _("thematic area / working group")
        verbose_name_plural = _("thematic areas / working groups")
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_thematic_area_code_per_locale"),
        ]


class WorkPackage(CodedTaxonomy):
    leader = models.ForeignKey(
        "knowledge.Partner",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_work_packages",
        verbose_name=_("leading partner"),
    )

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("description"), FieldPanel("leader")]
    translatable_fields = CodedTaxonomy.translatable_fields + [SynchronizedField("leader")]

    class Meta(CodedTaxonomy.Meta):
        verbose_name = _("work package")
        verbose_name_plural = _("work packages")
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_work_package_code_per_locale"),
        ]
