"""What the newsletters hook into when the site starts: a member's subscription goes with their account."""

from accounts.services import ACCOUNT_DELETION_STEPS, PERSONAL_DATA_SECTIONS

from . import members


def connect():
    PERSONAL_DATA_SECTIONS.append(members.personal_data)
    ACCOUNT_DELETION_STEPS.append(members.erase)
