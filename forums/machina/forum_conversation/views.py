"""machina's conversation views: posters' profiles fetched with the posts (no N+1), pending topics hidden,
quoting, and post forms whose formsets reach only the post's own attachments and poll options."""

from django.http import Http404

from machina.apps.forum_conversation import views as machina_views
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from machina.apps.forum_conversation.forum_polls.models import TopicPollOption
from machina.apps.forum_conversation.models import Post

# machina looks every view of this module up here; those not redefined are its own.
from machina.apps.forum_conversation.views import *  # noqa: F403

from accounts.services import member_display_name
from forums.services import topic_shown


class NoZeroIdsMixin:
    """machina reads an id of 0 as "no object" and then checks its permissions on None (a 500):
    a URL naming forum, topic or post 0 is missing, like any other unknown id."""

    def dispatch(self, request, *args, **kwargs):
        if any(value == 0 for name, value in kwargs.items() if name == "pk" or name.endswith("_pk")):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class OwnObjectsFormsetsMixin:
    """machina builds its formsets on POST over every attachment and poll option of the site, so an id
    from another post in the form data would move that object to this post, or delete it."""

    def get_attachment_formset_kwargs(self):
        kwargs = super().get_attachment_formset_kwargs()
        post = self.get_post()
        kwargs["queryset"] = Attachment.objects.filter(post=post) if post else Attachment.objects.none()
        return kwargs

    def get_poll_option_formset_kwargs(self):
        kwargs = super().get_poll_option_formset_kwargs()
        topic = self.get_topic()
        options = TopicPollOption.objects.filter(poll__topic=topic) if topic else TopicPollOption.objects.none()
        kwargs["queryset"] = options
        return kwargs


class ShownTopicMixin:
    """A topic waiting for approval (its page, its reply form) exists only for its author and its moderators."""

    def get_topic(self):
        topic = super().get_topic()
        if topic is not None and not topic_shown(topic, self.request.user, self.request.forum_permission_handler):
            raise Http404
        return topic


class TopicView(ShownTopicMixin, machina_views.TopicView):
    def get_queryset(self):
        return super().get_queryset().select_related("poster__profile")


class TopicCreateView(NoZeroIdsMixin, OwnObjectsFormsetsMixin, machina_views.TopicCreateView):
    pass


class TopicUpdateView(NoZeroIdsMixin, OwnObjectsFormsetsMixin, machina_views.TopicUpdateView):
    pass


class PostUpdateView(NoZeroIdsMixin, OwnObjectsFormsetsMixin, machina_views.PostUpdateView):
    pass


class PostCreateView(NoZeroIdsMixin, ShownTopicMixin, OwnObjectsFormsetsMixin, machina_views.PostCreateView):
    """A reply can start by quoting a post of the same topic (`?quote=<post id>`)."""

    def get_post_form_kwargs(self):
        kwargs = super().get_post_form_kwargs()
        quoted_id = self.request.GET.get("quote", "")
        if self.request.method == "GET" and quoted_id.isdigit():
            quoted = (
                Post.approved_objects.filter(pk=int(quoted_id), topic=self.get_topic())
                .select_related("poster__profile")
                .first()
            )
            if quoted is not None:
                lines = str(quoted.content.raw).splitlines() or [""]
                quote = "\n".join(f"> {line}" for line in lines)
                kwargs["initial"] = {"content": f"**{member_display_name(quoted.poster)}:**\n{quote}\n\n"}
        return kwargs
