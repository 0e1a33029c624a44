"""What happens to member accounts: profiles, personal-data export, deletion."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language, get_supported_language_variant
from django.utils.translation import gettext_lazy as _

from allauth.account.models import EmailAddress

from core.permissions import MEMBER_GROUP_NAMES

from .models import Profile

FORMER_MEMBER = _("former member")

# Other apps add the personal data they hold: callables taking a user and returning
# a (section name, JSON-serialisable value) pair.
PERSONAL_DATA_SECTIONS = []
# ... and what to erase when a member deletes their account: callables taking a user.
ACCOUNT_DELETION_STEPS = []


def language_code(code):
    """The site language closest to a code (`de-at` → `de`), the default language when there is none."""
    try:
        return get_supported_language_variant(code or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def profile_create(user, *, display_name="", language=None):
    profile, _created = Profile.objects.get_or_create(
        user=user,
        defaults={
            "display_name": display_name or user.get_username(),
            "preferred_language": language_code(language or get_language()),
        },
    )
    return profile


def profile_for(user):
    try:
        return user.profile
    except Profile.DoesNotExist:
        return profile_create(user)


def member_display_name(user):
    """The name other members see; a deleted account shows as a former member."""
    if user is None:
        return str(FORMER_MEMBER)
    try:
        profile = user.profile
    except Profile.DoesNotExist:
        return user.get_username() if user.is_active else str(FORMER_MEMBER)
    if profile.deleted_at:
        return str(FORMER_MEMBER)
    return profile.display_name or user.get_username()


def member_language(user):
    """The language every e-mail to this member is written in."""
    try:
        return user.profile.preferred_language
    except Profile.DoesNotExist:
        return "en"


def ensure_member_groups():
    return [Group.objects.get_or_create(name=name)[0] for name in MEMBER_GROUP_NAMES]


def personal_data_export(user):
    profile = profile_for(user)
    data = {
        "account": {
            "username": user.get_username(),
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "groups": sorted(user.groups.values_list("name", flat=True)),
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "profile": {
            "display_name": profile.display_name,
            "organisation": profile.organisation,
            "country": profile.country.code or "",
            "role": profile.role,
            "preferred_language": profile.preferred_language,
            "avatar": profile.avatar.name or "",
            "bio": profile.bio,
        },
    }
    for section in PERSONAL_DATA_SECTIONS:
        name, value = section(user)
        data[name] = value
    return data


@transaction.atomic
def account_delete(user):
    """Erase the member's personal data but keep the user row, so their posts stay (as a former member's)."""
    for step in ACCOUNT_DELETION_STEPS:
        step(user)
    profile = profile_for(user)
    if profile.avatar:
        profile.avatar.delete(save=False)
    Profile.objects.filter(pk=profile.pk).update(
        display_name="", organisation="", country="", role="", bio="", avatar="", deleted_at=timezone.now()
    )
    EmailAddress.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    user.username = f"former-member-{user.pk}"
    user.email = ""
    user.first_name = user.last_name = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.set_unusable_password()
    user.save()
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            session.delete()
