"""machina's attachment form, with a size limit and an allow-list of file types judged by content."""

import os
import secrets

from django import forms
from django.conf import settings
from django.forms.models import modelformset_factory
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from machina.apps.forum_conversation.forum_attachments import forms as machina_forms
from machina.conf import settings as machina_settings

from forums.uploads import guess_type

BaseAttachmentFormset = machina_forms.BaseAttachmentFormset


class AttachmentFileInput(forms.ClearableFileInput):
    """Links the current file to machina's attachment view, which checks permissions.

    Attachments are private files without a URL of their own (their storage refuses to make
    one), so Django's widget, which links the file's `url`, cannot render a saved attachment.
    """

    def __init__(self, attachment, attrs=None):
        super().__init__(attrs)
        self.attachment = attachment

    def is_initial(self, value):
        return bool(value and getattr(value, "name", None) and self.attachment.pk)

    def format_value(self, value):
        if self.is_initial(value):
            url = reverse("forum_conversation:attachment", args=[self.attachment.pk])
            return _CurrentFile(os.path.basename(value.name), url)
        return None


class _CurrentFile(str):
    """What the widget's template shows of the saved file: its name, linked to `url`."""

    def __new__(cls, name, url):
        current = super().__new__(cls, name)
        current.url = url
        return current


class AttachmentForm(machina_forms.AttachmentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget = AttachmentFileInput(self.instance)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or not hasattr(upload, "size") or getattr(upload, "_committed", False):
            return upload
        limit = settings.FORUMS_ATTACHMENT_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is too large: at most %(limit)s."), params={"limit": filesizeformat(limit)}
            )
        mime = guess_type(upload)
        if mime not in settings.FORUMS_ATTACHMENT_TYPES:
            raise forms.ValidationError(
                _("This type of file cannot be attached. Allowed: PDF, office documents, text, CSV and images.")
            )
        # The name's extension follows the content, so the file is never served as something else;
        # a random folder keeps the stored path unguessable (attachments of private forums included).
        stem = os.path.splitext(os.path.basename(upload.name))[0][:80] or "attachment"
        upload.name = f"{stem}.{settings.FORUMS_ATTACHMENT_TYPES[mime]}"
        folder = os.path.join(machina_settings.ATTACHMENT_FILE_UPLOAD_TO, secrets.token_urlsafe(16))
        self.instance.get_file_upload_to = lambda filename: os.path.join(folder, filename)
        return upload


AttachmentFormset = modelformset_factory(
    machina_forms.Attachment,
    AttachmentForm,
    formset=BaseAttachmentFormset,
    can_delete=True,
    extra=1,
    max_num=machina_settings.ATTACHMENT_MAX_FILES_PER_POST,
    validate_max=True,
)
