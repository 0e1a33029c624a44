"""Downloads, counted where the permission-checked views hand out a file (they send a signal)."""

from django.utils import translation

from wagtail.documents.models import document_served

from forums.signals import attachment_downloaded

from . import recording
from .beacon import is_counted
from .models import Count


def _download(kind, object_id, request):
    # A PDF viewer fetches one file in many ranges: only the request for its start is a download.
    if request.method != "GET" or request.headers.get("Range", "bytes=0-").split("-", 1)[0] != "bytes=0":
        return
    if is_counted(request.META):
        recording.record([(kind, object_id, translation.get_language() or "", "")])


def document_downloaded(sender, instance, request, **kwargs):
    _download(Count.Kind.DOCUMENT_DOWNLOAD, instance.pk, request)


def forum_attachment_downloaded(sender, attachment, request, **kwargs):
    _download(Count.Kind.ATTACHMENT_DOWNLOAD, attachment.pk, request)


def connect():
    document_served.connect(document_downloaded, dispatch_uid="indicators.document_downloaded")
    attachment_downloaded.connect(forum_attachment_downloaded, dispatch_uid="indicators.attachment_downloaded")
