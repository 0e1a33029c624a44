"""Plain text out of uploaded documents, for searching inside deliverables."""

import io
import logging
import zipfile

logger = logging.getLogger(__name__)

# A deliverable rarely needs more than this to be found; it bounds the index size.
MAX_CHARS = 200_000


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
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)
