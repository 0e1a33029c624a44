from machina.apps.forum_moderation.apps import ForumModerationAppConfig


class Config(ForumModerationAppConfig):
    default = True
    default_auto_field = "django.db.models.AutoField"
