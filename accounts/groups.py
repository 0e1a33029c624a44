"""The member groups the forums rely on; the Wagtail admin manages who is in them."""

from knowledge.permissions import PARTNERS_GROUP_NAME

MODERATORS_GROUP_NAME = "Forum moderators"
WORKING_GROUP_CODES = ("WG1", "WG2", "WG3", "WG4", "WG5", "WG6")


def coordinators_group_name(code):
    return f"{code} coordinators"


MEMBER_GROUP_NAMES = (
    PARTNERS_GROUP_NAME,
    MODERATORS_GROUP_NAME,
    *(coordinators_group_name(code) for code in WORKING_GROUP_CODES),
)
