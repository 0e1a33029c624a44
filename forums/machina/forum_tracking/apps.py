from machina.apps.forum_tracking.apps import ForumTrackingAppConfig


class Config(ForumTrackingAppConfig):
    default = True
    default_auto_field = "django.db.models.AutoField"
