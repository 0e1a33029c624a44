from machina.apps.forum_conversation.apps import ForumConversationAppConfig


class Config(ForumConversationAppConfig):
    default = True
    default_auto_field = "django.db.models.AutoField"
