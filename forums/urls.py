"""machina's forum URLs, without its haystack search (forum posts are indexed in the site search)."""

from django.urls import include, path

from machina.core.loading import get_class

from . import views

_factories = {
    "": ("forum.urls", "forum_conversation.urls"),
    "member/": ("forum_member.urls",),
    "moderation/": ("forum_moderation.urls",),
    "tracking/": ("forum_tracking.urls",),
}

urlpatterns = [
    path("discuss/<int:page_id>/", views.discuss_page, name="forums_discuss"),
    path("notifications/", views.notification_settings, name="forums_notification_settings"),
    path("notifications/unsubscribe/<str:token>/", views.unsubscribe, name="forums_unsubscribe"),
    path("follow/<int:forum_id>/", views.forum_follow, name="forums_follow"),
    path("report/<int:post_id>/", views.report_post, name="forums_report_post"),
    path("history/<int:post_id>/", views.post_history, name="forums_post_history"),
    path("moderation/reports/", views.post_reports, name="forums_post_reports"),
]
for prefix, modules in _factories.items():
    for module in modules:
        urlpatterns.append(path(prefix, include(get_class(module, "urlpatterns_factory").urlpatterns)))
