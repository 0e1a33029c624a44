"""Plain text out of uploaded documents, for searching inside deliverables."""

import io
import logging
import re
import zipfile
from html import unescape

from django.conf import settings

logger = logging.getLogger(__name__)

# A deliverable rarely needs more than this to be found; it bounds the index size.
MAX_CHARS = 200_000
# A DOCX is a zip: a few KB can unpack to gigabytes (a zip bomb). python-docx reads every part
# whole, so it only gets files that unpack to less than this; of larger ones, at most this many
# bytes of the text part are read, a chunk at a time (settings.DOCUMENT_TEXT_MAX_UNZIPPED_BYTES).
MAX_UNZIPPED_BYTES = 50 * 1024 * 1024
CHUNK = 1024 * 1024
_TEXT_RUN = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def extract_text(filename, data):
    """The text of a PDF or DOCX file given as bytes; "" for other types or unreadable files."""
    name = filename.lower()
    try:
        if name.endswith(".pdf"):
            text = _pdf_text(data)
        elif name.endswith(".docx"):
            text = _docx_text(data)
        elif name.endswith(".txt"):
            text = data.decode("utf-8", errors="replace")
        else:
            return ""
    except (ValueError, KeyError, OSError, zipfile.BadZipFile) as error:
        logger.warning("Could not extract text from %s: %s", filename, error)
        return ""
    except Exception as error:  # noqa: BLE001 - a malformed upload must never break saving a document
        logger.warning("Could not extract text from %s: %r", filename, error)
        return ""
    return " ".join(text.split())[:MAX_CHARS]


def _pdf_text(data):
    # Loaded with the first PDF: pypdf is large, and most processes never read one.
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    parts = []
    size = 0
    for page in reader.pages:
        part = page.extract_text() or ""
        parts.append(part)
        size += len(part)
        if size > MAX_CHARS:
            break
    return "\n".join(parts)


def _docx_text(data):
    # Loaded with the first DOCX, as pypdf above (python-docx brings lxml).
    import docx

    limit = getattr(settings, "DOCUMENT_TEXT_MAX_UNZIPPED_BYTES", MAX_UNZIPPED_BYTES)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        # zipfile never unpacks more than an entry declares, so the declared sizes bound the work.
        if sum(info.file_size for info in archive.infolist()) > limit:
            logger.warning("DOCX unpacks to more than %d bytes; reading only the start of its text", limit)
            return _docx_text_streamed(archive, limit)
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _docx_text_streamed(archive, limit):
    """The text runs of word/document.xml's first `limit` bytes, read a chunk at a time."""
    parts = []
    size = 0
    carry = b""
    with archive.open("word/document.xml") as handle:
        read = 0
        while read < limit and size <= MAX_CHARS:
            chunk = handle.read(min(CHUNK, limit - read))
            if not chunk:
                break
            read += len(chunk)
            buffer = carry + chunk
            end = 0
            for match in _TEXT_RUN.finditer(buffer):
                part = match.group(1).decode("utf-8", errors="replace")
                parts.append(part)
                size += len(part)
                end = match.end()
            # An unfinished run may continue in the next chunk; a run longer than a chunk is dropped.
            tail = buffer[end:]
            start = tail.rfind(b"<w:t")
            carry = tail[start:] if start != -1 and len(tail) - start < CHUNK else b""
    return unescape("\n".join(parts))
