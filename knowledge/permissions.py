"""Who may read consortium-only content."""

PARTNERS_GROUP_NAME = "Partners"


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
