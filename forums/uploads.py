"""What a file really is, judged by its content rather than its name or the browser's word."""

import filetype

TEXT_SAMPLE = 8192


def _read_head(upload, size):
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(size)
    upload.seek(position)
    return head


def guess_type(upload):
    """The MIME type of an upload; plain text and CSV are recognised as UTF-8 without control characters."""
    head = _read_head(upload, TEXT_SAMPLE)
    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 32 and c not in "\t\r\n" for c in text):
        return None
    lowered = text.lstrip().lower()
    if lowered.startswith(("<", "<!doctype", "<?xml", "<svg", "<html")):
        return None  # markup is never accepted: it could be served as HTML or SVG
    name = getattr(upload, "name", "") or ""
    return "text/csv" if name.lower().endswith(".csv") else "text/plain"
