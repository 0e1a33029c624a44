"""machina's conversation views, with the posters' profiles fetched in the same query (no N+1)."""

from machina.apps.forum_conversation import views as machina_views

# machina looks every view of this module up here; those not redefined are its own.
from machina.apps.forum_conversation.views import *  # noqa: F403


class TopicView(machina_views.TopicView):
    def get_queryset(self):
        return super().get_queryset().select_related("poster__profile")
