from django.apps import AppConfig


class PurgingConfig(AppConfig):
    """Tells the frontend cache (Varnish, or a CDN) what changed when editors publish."""

    name = "purging"
    verbose_name = "Frontend cache purging"

    def ready(self):
        # Django's app loading: the receivers import Wagtail's models, which exist only once the apps are ready.
        from . import signals, tags

        signals.connect()
        tags.connect()
