"""X-Accel-Redirect for Wagtail's document view (SENDFILE_BACKEND): Django checks, the web server sends.

The web server maps the internal location PRIVATE_MEDIA_ACCEL_REDIRECT to PRIVATE_MEDIA_ROOT
(docs/deployment.md); visitors cannot request that location themselves.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse


def sendfile(request, filename, **kwargs):
    relative = Path(filename).resolve().relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    response = HttpResponse(content_type=kwargs.get("mimetype") or "application/octet-stream")
    response["X-Accel-Redirect"] = settings.PRIVATE_MEDIA_ACCEL_REDIRECT.rstrip("/") + "/" + quote(relative.as_posix())
    return response
