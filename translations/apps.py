from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Every locale's page tree in step with its source's, and the editors' view of translation work."""

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from . import signals  # noqa: F401  (Django's app loading: receivers connect once the models are ready)
