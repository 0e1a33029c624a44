from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = _("Forums")

    def ready(self):
        # Django's app loading: the receivers import machina's models, which exist only once the apps are ready.
        from . import receivers

        receivers.connect()
