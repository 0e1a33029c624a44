"""Admin report of translation progress, for the communication officers of each partner."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from .status import STATUS_LABELS, source_pages, translation_statuses


class StatusColumn(Column):
    cell_template_name = "reports/translation_status_cell.html"

    def __init__(self, language_code):
        self.language_code = language_code
        super().__init__(f"status_{language_code}", label=language_code.upper(), accessor=self.status_of)

    def status_of(self, page):
        return page.translation_status[self.language_code]

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["label"] = STATUS_LABELS[context["value"]]
        return context


class TranslationStatusView(ReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    paginate_by = 50
    list_export = ["title"]

    def get_queryset(self):
        return source_pages()

    @property
    def columns(self):
        languages = Locale.objects.exclude(pk=Locale.get_default().pk).values_list("language_code", flat=True)
        return [
            TitleColumn(
                "title",
                label=_("Page"),
                get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
            ),
            *[StatusColumn(code) for code in languages],
        ]

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        statuses = translation_statuses(pages)
        for page in pages:
            page.translation_status = statuses[page.pk]
        return pages
