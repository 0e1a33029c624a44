"""machina's attachment download, refused for posts waiting for moderation (ids are sequential)."""

from django.http import Http404

from machina.apps.forum_conversation.forum_attachments import views as machina_views

from forums.services import post_shown
from forums.signals import attachment_downloaded


class AttachmentView(machina_views.AttachmentView):
    def get_object(self, queryset=None):
        attachment = super().get_object(queryset)
        if not post_shown(attachment.post, self.request.user, self.request.forum_permission_handler):
            raise Http404
        return attachment

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        attachment_downloaded.send(sender=type(self.object), attachment=self.object, request=self.request)
        return response
