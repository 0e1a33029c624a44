"""Text extraction from uploaded deliverable documents."""

import io

import docx

from search.extraction import extract_text


def make_pdf(text):
    """A one-page PDF with `text` in Helvetica, built by hand (correct cross-reference table)."""
    stream = f"BT /F1 18 Tf 20 100 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 144] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(*paragraphs):
    buffer = io.BytesIO()
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=1)
    table.rows[0].cells[0].text = "Tabular wombat figures"
    document.save(buffer)
    return buffer.getvalue()


def test_pdf_text_is_extracted():
    assert "Benchmarking of cluster registers" in extract_text(
        "D4.1.PDF", make_pdf("Benchmarking of cluster registers")
    )


def test_docx_paragraphs_and_tables_are_extracted():
    text = extract_text("d.docx", make_docx("Политика за клъстерите", "Klaszterek együttműködésben"))
    assert "Политика за клъстерите" in text and "Klaszterek" in text and "Tabular wombat figures" in text


def test_broken_or_unknown_files_give_no_text_and_no_error():
    assert extract_text("broken.pdf", b"%PDF-1.4 not really") == ""
    assert extract_text("broken.docx", b"PK\x03\x04 nonsense") == ""
    assert extract_text("image.xlsx", b"anything") == ""
    assert extract_text("empty.pdf", b"") == ""
