from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewslettersConfig(AppConfig):
    name = "newsletters"
    verbose_name = _("Newsletters")

    def ready(self):
        # Django's app loading: the receivers import the newsletter's models, which exist only once the apps are ready.
        from . import receivers

        receivers.connect()
