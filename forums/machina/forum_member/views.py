"""machina's member pages: only approved posts for other readers, a 404 for ids that are not numbers,
and no subscription page for topics waiting for moderation."""

from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property

from machina.apps.forum_member import views as machina_views
from machina.apps.forum_member.models import ForumProfile

# machina looks every view of this module up here; those not redefined are its own.
from machina.apps.forum_member.views import *  # noqa: F403

from forums.services import topic_shown


def _member_or_404(pk):
    try:
        pk = int(pk)
    except ValueError:
        raise Http404 from None
    return get_object_or_404(get_user_model(), pk=pk)


class UserPostsView(machina_views.UserPostsView):
    @cached_property
    def poster(self):
        return _member_or_404(self.kwargs[self.user_pk_url_kwarg])

    def get_queryset(self):
        posts = super().get_queryset()
        if self.request.user == self.poster:
            return posts
        return posts.filter(approved=True, topic__approved=True)


class ForumProfileDetailView(machina_views.ForumProfileDetailView):
    def get_object(self, queryset=None):
        return ForumProfile.objects.get_or_create(user=_member_or_404(self.kwargs["pk"]))[0]


class ShownTopicMixin:
    def get_object(self, queryset=None):
        topic = super().get_object(queryset)
        if not topic_shown(topic, self.request.user, self.request.forum_permission_handler):
            raise Http404
        return topic


class TopicSubscribeView(ShownTopicMixin, machina_views.TopicSubscribeView):
    pass


class TopicUnsubscribeView(ShownTopicMixin, machina_views.TopicUnsubscribeView):
    pass
