"""machina's permission middleware, without a session for every anonymous visitor."""

from machina.apps.forum_permission.middleware import ForumPermissionMiddleware, PermissionHandler


class LazyForumKeyMiddleware(ForumPermissionMiddleware):
    """Gives an anonymous visitor a forum key only when they send something to the forum.

    machina stores a random key in the session on every anonymous request, so every
    visitor, crawler and health check got a database session and a cookie, and no
    shared cache could serve a public page. The key only identifies anonymous posts
    and poll votes, which arrive by POST to machina's views: a key is made then (after
    the CSRF check, which runs before this middleware's views step) and kept in the
    session for the visitor's later requests. Reading a page (a topic's poll asks
    whether this visitor voted) uses the key they already have, or none. Members are
    handled exactly as machina does.
    """

    def process_request(self, request):
        if not request.user.is_authenticated:
            request.user.forum_key = request.session.get(self.anonymous_forum_key_session_id)
        request.forum_permission_handler = PermissionHandler()

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if user.is_authenticated or user.forum_key is not None or request.method != "POST":
            return
        if any(namespace.startswith("forum") for namespace in request.resolver_match.namespaces):
            user.forum_key = self.get_anonymous_forum_key()
            request.session[self.anonymous_forum_key_session_id] = user.forum_key
