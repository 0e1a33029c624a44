from wagtail import hooks
from wagtail.models import PageSubscription

from . import fragments


@hooks.register("before_serve_page")
def locale_from_the_cache(page, request, serve_args, serve_kwargs):
    """The page's locale from the cache: templates and taxonomies read it, a query each time otherwise."""
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
