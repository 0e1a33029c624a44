from machina.apps.forum_conversation.forum_polls.apps import ForumPollsAppConfig


class Config(ForumPollsAppConfig):
    default = True
    default_auto_field = "django.db.models.AutoField"
