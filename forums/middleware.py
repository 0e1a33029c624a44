"""machina's permission middleware, without a session for every anonymous visitor."""

from django.utils.functional import SimpleLazyObject

from machina.apps.forum_permission.middleware import ForumPermissionMiddleware, PermissionHandler


class LazyForumKeyMiddleware(ForumPermissionMiddleware):
    """Gives an anonymous visitor a forum key only when something reads it.

    machina stores a random key in the session on every anonymous request, so every
    visitor, crawler and health check got a database session and a cookie, and no
    shared cache could serve a public page. The key only identifies anonymous posts
    and poll votes; it is now created and stored when one of those reads it.
    Members are handled exactly as machina does.
    """

    def process_request(self, request):
        if not request.user.is_authenticated:
            request.user.forum_key = SimpleLazyObject(lambda: self._session_forum_key(request.session))
        request.forum_permission_handler = PermissionHandler()

    def _session_forum_key(self, session):
        key = session.get(self.anonymous_forum_key_session_id)
        if key is None:
            key = self.get_anonymous_forum_key()
            session[self.anonymous_forum_key_session_id] = key
        return key
