from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    """Communication indicators: what the site achieved, counted without cookies or personal data."""

    name = "indicators"
    verbose_name = _("Communication indicators")

    def ready(self):
        # Django's app loading: the receivers import the indicators' models, which exist only once the apps are ready.
        from . import receivers

        receivers.connect()
