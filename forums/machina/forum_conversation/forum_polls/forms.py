"""machina's poll forms; machina looks them up under our app package.

machina's poll options formset refuses a poll of fewer than two options with a message it does not
mark for translation; ours says the same in the reader's language.
"""

from django import forms
from django.forms.models import modelformset_factory
from django.utils.translation import gettext_lazy as _

from machina.apps.forum_conversation.forum_polls import forms as machina_forms
from machina.apps.forum_conversation.forum_polls.forms import *  # noqa: F403
from machina.conf import settings as machina_settings


class BaseTopicPollOptionFormset(machina_forms.BaseTopicPollOptionFormset):
    def clean(self):
        try:
            super().clean()
        except forms.ValidationError as error:
            if error.messages == ["At least two poll options must be defined."]:
                raise forms.ValidationError(_("At least two poll options must be defined."), code="too_few") from None
            raise


TopicPollOptionFormset = modelformset_factory(
    machina_forms.TopicPollOption,
    machina_forms.TopicPollOptionForm,
    formset=BaseTopicPollOptionFormset,
    can_delete=True,
    extra=2,
    max_num=machina_settings.POLL_MAX_OPTIONS_PER_POLL,
    validate_max=True,
)
