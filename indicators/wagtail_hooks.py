from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import indicators_report


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/communication-indicators/", indicators_report, name="communication_indicators")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(_("Communication indicators"), reverse("communication_indicators"), icon_name="table", order=900)


@hooks.register("register_permissions")
def register_permissions():
    """Shown in the admin's group editor: who sees every figure, not only those of their own pages."""
    return Permission.objects.filter(content_type__app_label="indicators", codename="view_all_figures")
