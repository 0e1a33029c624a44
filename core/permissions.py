"""The member groups and who may read consortium-only content; the Wagtail admin manages who is in each group."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

PARTNERS_GROUP_NAME = "Partners"
MODERATORS_GROUP_NAME = "Forum moderators"
WORKING_GROUP_CODES = ("WG1", "WG2", "WG3", "WG4", "WG5", "WG6")


def coordinators_group_name(code):
    return f"{code} coordinators"


MEMBER_GROUP_NAMES = (
    PARTNERS_GROUP_NAME,
    MODERATORS_GROUP_NAME,
    *(coordinators_group_name(code) for code in WORKING_GROUP_CODES),
)


def user_is_partner(user):
    """Members of the consortium (and superusers) read restricted deliverables and private forums."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_partner", None)
    if cached is None:
        cached = user._is_partner = user.groups.filter(name=PARTNERS_GROUP_NAME).exists()
    return cached


def refuse_consortium_content(request):
    """Visitors are asked to log in; members who are not partners are refused."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied
