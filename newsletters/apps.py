from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class NewslettersConfig(AppConfig):
    name = "newsletters"
    verbose_name = _("Newsletters")

    def ready(self):
        if apps.is_installed("accounts"):
            from accounts import services as accounts

            from . import members

            accounts.PERSONAL_DATA_SECTIONS.append(members.personal_data)
            accounts.ACCOUNT_DELETION_STEPS.append(members.erase)
