"""machina's moderation views: approving a member's post makes them trusted, so later posts need no approval."""

from machina.apps.forum_moderation import views as machina_views

# machina looks every view of this module up here; those not redefined are its own.
from machina.apps.forum_moderation.views import *  # noqa: F403

from forums.services import member_trust, post_published


class PostApproveView(machina_views.PostApproveView):
    def approve(self, request, *args, **kwargs):
        response = super().approve(request, *args, **kwargs)
        if self.object.poster is not None:
            member_trust(self.object.poster)
        post_published(self.object)
        return response
