"""machina's conversation views, with the posters' profiles fetched in the same query (no N+1)."""

from django.http import Http404

from machina.apps.forum_conversation import views as machina_views

# machina looks every view of this module up here; those not redefined are its own.
from machina.apps.forum_conversation.views import *  # noqa: F403


class TopicView(machina_views.TopicView):
    def get_queryset(self):
        return super().get_queryset().select_related("poster__profile")

    def get_topic(self):
        """A topic waiting for approval is shown only to its author and to those who may approve it."""
        topic = super().get_topic()
        user = self.request.user
        if not topic.approved and not (
            (user.is_authenticated and topic.poster_id == user.pk)
            or self.request.forum_permission_handler.can_approve_posts(topic.forum, user)
        ):
            raise Http404
        return topic
