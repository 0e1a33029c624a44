from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The signal handlers import the models of this and other apps, which exist only once apps are loaded.
        from . import signals

        signals.connect()
