"""Uploads: public ones under MEDIA_ROOT, private ones (documents, forum attachments) outside it.

A private file has no URL of its own. Whatever the web server or the development server
serves under MEDIA_URL, it cannot reach PRIVATE_MEDIA_ROOT: Wagtail's document view and
machina's attachment view check permissions and then read the file through this storage.
"""

import shutil
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def is_private(name):
    return name.replace("\\", "/").lstrip("/").startswith(settings.PRIVATE_UPLOAD_PREFIXES)


def private_storage():
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


class SiteStorage(FileSystemStorage):
    """MEDIA_ROOT's storage, which keeps the files under PRIVATE_UPLOAD_PREFIXES in PRIVATE_MEDIA_ROOT."""

    def _save(self, name, content):
        return private_storage()._save(name, content) if is_private(name) else super()._save(name, content)

    def path(self, name):
        # Opening, deleting, listing and sizes all go through the path.
        return private_storage().path(name) if is_private(name) else super().path(name)

    def url(self, name):
        if is_private(name):
            # Wagtail's serve view asks; NotImplementedError is how a storage says "no direct URL".
            raise NotImplementedError("private files are served only by the views that check permissions")
        return super().url(name)


def move_private_uploads():
    """Move the private files an earlier version stored under MEDIA_ROOT; how many were moved.

    Their names (in the database) stay the same, so nothing else changes. A copy that is
    already in place wins, and the public one is removed.
    """
    media, private = Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)
    moved = 0
    for prefix in settings.PRIVATE_UPLOAD_PREFIXES:
        source = media / prefix
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            target = private / path.relative_to(media)
            if target.exists():
                path.unlink()
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(path, target)
            moved += 1
        if source.is_dir():
            shutil.rmtree(source)
    return moved
