"""What the forums hook into when the site starts: account data, file clean-up, topic views."""

from django_cleanup import cleanup
from machina.apps.forum_conversation import receivers as conversation_receivers
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from machina.apps.forum_conversation.signals import topic_viewed
from machina.apps.forum_member.models import ForumProfile

from accounts.services import ACCOUNT_DELETION_STEPS, PERSONAL_DATA_SECTIONS

from .services import member_forum_data, member_forum_data_erase
from .views_count import on_topic_viewed


def connect():
    PERSONAL_DATA_SECTIONS.append(member_forum_data)
    ACCOUNT_DELETION_STEPS.append(member_forum_data_erase)
    # Deleting a post (or a topic) deletes its attachments' files; a replaced forum avatar is deleted.
    cleanup.select(Attachment)
    cleanup.select(ForumProfile)
    # Topic views are counted in the cache, not with an UPDATE per view (see views_count).
    topic_viewed.disconnect(conversation_receivers.update_topic_counter)
    topic_viewed.connect(on_topic_viewed, dispatch_uid="forums.views_count")
