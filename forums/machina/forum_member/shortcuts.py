"""Members appear under their profile's display name (never their username or e-mail address)."""

from accounts.services import member_display_name


def get_forum_member_display_name(user):
    return member_display_name(user)
