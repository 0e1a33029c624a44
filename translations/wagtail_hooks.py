"""Admin hooks of translation work: the status report, the permission checks, the page count, copies' counterparts."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem

from . import permissions
from .dashboard import DistinctPagesSummaryItem
from .locale_trees import create_missing_counterparts
from .views import TranslationStatusView


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
        *permissions.urlpatterns,
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_status"), icon_name="globe", order=1000)


# After Wagtail's own hook (order 0), whose item this replaces.
@hooks.register("construct_homepage_summary_items", order=1)
def count_each_page_once(request, items):
    items[:] = [DistinctPagesSummaryItem(request) if type(item) is PagesSummaryItem else item for item in items]


@hooks.register("after_copy_page")
def give_copied_pages_their_counterparts(request, page, new_page):
    """wagtail-localize aliases pages created in the admin, but not copies (nor their copied subpages)."""
    create_missing_counterparts(new_page)
