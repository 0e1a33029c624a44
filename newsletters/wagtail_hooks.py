from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .figures import newsletter_figures
from .models import NewsletterPage, Subscriber

hooks.register("register_communication_figures", newsletter_figures)


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.campaigns, name="campaigns"),
        path("issue/<int:page_id>/", admin_views.campaign, name="campaign"),
        path("issue/<int:page_id>/preview/<str:language>/", admin_views.preview, name="preview"),
    ]
    return [path("newsletters/", include((urls, "newsletters_admin")))]


class SendNewsletterMenuItem(ActionMenuItem):
    label = _("Preview, test and send as newsletter")
    name = "action-newsletter"
    icon_name = "mail"

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and isinstance(page, NewsletterPage)
            and self.get_user_page_permissions_tester(context).can_publish()
        )

    def get_url(self, context):
        return reverse("newsletters_admin:campaign", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_send_menu_item():
    return SendNewsletterMenuItem(order=60)


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    add_to_admin_menu = False
    list_display = ["email", "name", "language", "status", Column("created_at", label=_("created"))]
    list_filter = ["status", "language"]
    search_fields = ["email", "name"]
    form_fields = ["name", "language", "all_topics", "topics"]
    inspect_view_enabled = True
    copy_view_enabled = False


subscriber_viewset = SubscriberViewSet("newsletter_subscribers")


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return subscriber_viewset


@hooks.register("register_admin_menu_item")
def register_campaigns_menu_item():
    return MenuItem(_("Newsletters"), reverse("newsletters_admin:campaigns"), icon_name="mail", order=250)
