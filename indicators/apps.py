from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    """Communication indicators: what the site achieved, counted without cookies or personal data."""

    name = "indicators"
    verbose_name = _("Communication indicators")

    def ready(self):
        from . import receivers

        receivers.connect()
