"""What a shared cache may keep: the site's HTTP caching contract, in one place (docs/deployment.md).

A view or hook that knows its response is personal, or must not be kept by a shared cache,
says so with `never_shared(request)`; the middleware reads the mark when the response leaves.
"""

from django.conf import settings

# Pages that change with every post and are not purged when an editor publishes.
FORUM_READ_VIEWS = {("forum", "index"), ("forum", "forum"), ("forum_conversation", "topic")}

# Views whose address carries a personal token, or that write, or that only members see: a shared
# cache keeps none of them, whoever asks. Keyed by URL namespace (every view in it) or by (namespace, name).
NEVER_SHARED_NAMESPACES = {
    "admin",
    "wagtailadmin",
    "accounts",
    "forum_member",
    "forum_moderation",
    "forum_tracking",
}
NEVER_SHARED_VIEWS = {
    ("newsletters", "confirm"),
    ("newsletters", "preferences"),
    ("newsletters", "unsubscribe"),
    ("newsletters", "member"),
    ("", "wagtailcore_authenticate_with_password"),
    ("", "wagtaildocs_authenticate_with_password"),
    ("", "forums_discuss"),
    ("", "forums_notification_settings"),
    ("", "forums_unsubscribe"),
    ("", "forums_follow"),
    ("", "forums_report_post"),
    ("", "forums_post_reports"),
}
# allauth's views have no namespace; their names do.
NEVER_SHARED_NAME_PREFIXES = ("account_", "socialaccount_")
NEVER_SHARED_PATH_PREFIXES = ("/admin/", "/django-admin/")

# Not personal, but a shared cache would fill up with one copy per query for nothing (the
# search has its own rate limit); browsers may keep a result page while the visitor goes back.
UNSHARED_VIEWS = {("", "search"), ("", "search_suggest")}

# Only these answers are worth keeping; a 302 often depends on who asks (log in first, a language
# chosen from Accept-Language) and is never stored.
SHARED_STATUSES = {200, 301, 404}

_MARK = "_caching_never_shared"


def never_shared(request):
    """Mark the response to `request` as one a shared cache must never keep (restricted content...)."""
    setattr(request, _MARK, True)


def is_marked_never_shared(request):
    return getattr(request, _MARK, False)


def browser_max_age():
    return settings.CACHE_BROWSER_MAX_AGE


def shared_max_age(request):
    """Seconds a shared cache keeps a public answer: long for published pages (publishing purges them)."""
    if view_key(request) in FORUM_READ_VIEWS:
        return settings.CACHE_FORUM_SHARED_MAX_AGE
    return settings.CACHE_SHARED_MAX_AGE


def view_key(request):
    match = getattr(request, "resolver_match", None)
    if match is None:
        return None
    return (match.namespace or "", match.url_name or "")


def never_shared_view(request):
    """Views whose responses are never for a shared cache, whoever asks."""
    if request.path.startswith(NEVER_SHARED_PATH_PREFIXES):
        return True
    key = view_key(request)
    if key is None:
        return False
    namespace, name = key
    first = namespace.split(":", 1)[0]
    if first in NEVER_SHARED_NAMESPACES or key in NEVER_SHARED_VIEWS:
        return True
    if not namespace and name.startswith(NEVER_SHARED_NAME_PREFIXES):
        return True
    # Every forum view but reading (posting, editing, polls, moderation) is a member's.
    return first in ("forum", "forum_conversation") and key not in FORUM_READ_VIEWS


def unshared_view(request):
    return view_key(request) in UNSHARED_VIEWS
