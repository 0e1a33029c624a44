from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

import filetype

AVATAR_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif"}


def validate_avatar(file):
    """An avatar is a JPEG, PNG, WebP or GIF image (judged by its content) of limited size."""
    limit = settings.ACCOUNTS_AVATAR_MAX_BYTES
    if file.size > limit:
        raise ValidationError(
            _("The picture is too large: at most %(limit)s."), code="too_large", params={"limit": filesizeformat(limit)}
        )
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    kind = filetype.guess(file.read(261))
    file.seek(position)
    if kind is None or kind.mime not in AVATAR_TYPES:
        raise ValidationError(_("Upload a JPEG, PNG, WebP or GIF picture."), code="bad_type")
