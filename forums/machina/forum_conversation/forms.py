"""machina's post and topic forms with a length limit, a posting rate limit, and follow-up work on new posts."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from machina.apps.forum_conversation import forms as machina_forms

from forums.services import post_created, post_revision_keep, posting_refusal


class PostingLimitsMixin:
    def clean_content(self):
        content = self.cleaned_data.get("content") or ""
        limit = settings.FORUMS_POST_MAX_LENGTH
        if len(str(content)) > limit:
            raise forms.ValidationError(
                _("Your post is too long: at most %(limit)d characters, it has %(length)d."),
                code="too_long",
                params={"limit": limit, "length": len(str(content))},
            )
        return content

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk is None and self.user is not None and self.user.is_authenticated:
            refusal = posting_refusal(self.user, self.forum, new_topic=self.topic is None)
            if refusal:
                raise forms.ValidationError(refusal, code="rate_limited")
        return cleaned_data

    def save(self, commit=True):
        is_new = self.instance.pk is None
        if not is_new and commit:
            post_revision_keep(self.instance.pk, self.user)
        post = super().save(commit)
        if is_new and commit and self.user is not None and self.user.is_authenticated:
            post_created(post, self.user)
        return post


class PostForm(PostingLimitsMixin, machina_forms.PostForm):
    pass


class TopicForm(PostingLimitsMixin, machina_forms.TopicForm):
    pass
