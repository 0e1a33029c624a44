from django.apps import AppConfig


class PurgingConfig(AppConfig):
    """Tells the frontend cache (Varnish, or a CDN) what changed when editors publish."""

    name = "purging"
    verbose_name = "Frontend cache purging"

    def ready(self):
        from . import signals, tags

        signals.connect()
        tags.connect()
