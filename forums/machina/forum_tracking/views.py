"""machina's "mark as read" views: a forum the member may not read answers like a missing one (404),
without a redirect that names it, and a missing forum is a 404 rather than a server error."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from machina.apps.forum.models import Forum
from machina.apps.forum_tracking import views as machina_views

# machina looks every view of this module up here; those not redefined are its own.
from machina.apps.forum_tracking.views import *  # noqa: F403


def _readable_forum_or_404(request, pk):
    forum = get_object_or_404(Forum, pk=pk)
    if not request.forum_permission_handler.can_read_forum(forum, request.user):
        raise Http404
    return forum


class ReadableForumMixin:
    def dispatch(self, request, *args, **kwargs):
        if kwargs.get("pk") is not None:
            _readable_forum_or_404(request, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)


class MarkForumsReadView(ReadableForumMixin, machina_views.MarkForumsReadView):
    pass


class MarkTopicsReadView(ReadableForumMixin, machina_views.MarkTopicsReadView):
    def get_controlled_object(self):
        return get_object_or_404(Forum, pk=self.kwargs["pk"])
