from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The base every other app of the site builds on; it imports none of them (docs/architecture.md)."""

    name = "core"
    verbose_name = _("Site core")
