from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from django_cleanup import cleanup
from django_countries.fields import CountryField

from .validators import validate_avatar


class Role(models.TextChoices):
    POLICY_MAKER = "policy_maker", _("Regional policy maker")
    CLUSTER_MANAGER = "cluster_manager", _("Cluster manager")
    RESEARCHER = "researcher", _("Researcher")
    BUSINESS = "business", _("Business or cluster member")
    PARTNER_STAFF = "partner_staff", _("Project partner staff")
    OTHER = "other", _("Other")


@cleanup.select  # a replaced or removed picture is deleted from storage
class Profile(models.Model):
    """What a member tells the other members about themselves, and how the site talks to them."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    display_name = models.CharField(_("display name"), max_length=80)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=7,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("Every e-mail the site sends you is written in this language."),
    )
    avatar = models.ImageField(
        _("picture"),
        upload_to="avatars/",
        blank=True,
        validators=[validate_avatar],
        help_text=_("A JPEG, PNG, WebP or GIF picture of at most 1 MB."),
    )
    bio = models.TextField(_("short bio"), max_length=500, blank=True)
    # Set when the member deleted their account: their posts stay, attributed to a former member.
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self):
        return self.display_name
