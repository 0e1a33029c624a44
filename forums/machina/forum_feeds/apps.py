from machina.apps.forum_feeds.apps import ForumFeedsAppConfig


class Config(ForumFeedsAppConfig):
    default = True
    default_auto_field = "django.db.models.AutoField"
