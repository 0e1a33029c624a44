from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = _("Forums")

    def ready(self):
        from django_cleanup import cleanup
        from machina.apps.forum_conversation.forum_attachments.models import Attachment
        from machina.apps.forum_member.models import ForumProfile

        from accounts.services import ACCOUNT_DELETION_STEPS, PERSONAL_DATA_SECTIONS

        from .services import member_forum_data, member_forum_data_erase

        PERSONAL_DATA_SECTIONS.append(member_forum_data)
        ACCOUNT_DELETION_STEPS.append(member_forum_data_erase)
        # Deleting a post (or a topic) deletes its attachments' files; a replaced forum avatar is deleted.
        cleanup.select(Attachment)
        cleanup.select(ForumProfile)
