"""What the forums tell other parts of the site (the communication indicators count downloads)."""

from django.dispatch import Signal

# Sent with `attachment` and `request` when a member or visitor allowed to has been given a file.
attachment_downloaded = Signal()
