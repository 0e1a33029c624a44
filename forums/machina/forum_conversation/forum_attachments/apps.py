from machina.apps.forum_conversation.forum_attachments.apps import ForumAttachmentsAppConfig


class Config(ForumAttachmentsAppConfig):
    default = True
    default_auto_field = "django.db.models.AutoField"
