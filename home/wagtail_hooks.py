from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.models import PageSubscription

from . import translation_permissions
from .admin_views import TranslationStatusView
from .dashboard import DistinctPagesSummaryItem
from .locale_trees import create_missing_counterparts


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
        *translation_permissions.urlpatterns,
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


@hooks.register("before_serve_page")
def locale_from_the_cache(page, request, serve_args, serve_kwargs):
    """The page's locale from the cache: templates and taxonomies read it, a query each time otherwise."""
    from . import fragments

    page.locale = fragments.locale(page.locale_id)


@hooks.register("before_edit_page")
def stop_comment_notifications_to_users_who_may_no_longer_edit(request, page):
    """Wagtail mails new comments to every subscriber of the page, even one who lost the right to edit it.

    A subscription is made when a user opens the edit view; once their group no longer grants them
    the page, its comments are none of their business.
    """
    if request.method != "POST":
        return
    subscriptions = PageSubscription.objects.filter(page=page, comment_notifications=True).select_related("user")
    stale = [
        subscription.pk
        for subscription in subscriptions
        if subscription.user_id != request.user.pk
        and not (subscription.user.is_active and page.permissions_for_user(subscription.user).can_edit())
    ]
    if stale:
        PageSubscription.objects.filter(pk__in=stale).update(comment_notifications=False)
