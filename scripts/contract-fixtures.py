#!/usr/bin/env python3
"""Writes the PDF and DOCX twins of every text contract under tests/fixtures/contracts/.

The text file is the source: a form feed starts a new page, a line with " | " is a table row.
The PDF is laid out the way word processors export contracts (one text object per line, table
cells placed in columns, long lines wrapped, Helvetica with WinAnsi encoding; a Chinese contract
in STSong-Light with the UniGB-UTF16-H encoding, as Chinese office suites export it, its lines
wrapped by width with no line starting with a closing mark); the DOCX is a minimal
WordprocessingML package (one paragraph per line, rows as a real table, page breaks).
Run it after editing a fixture: python3 scripts/contract-fixtures.py
"""

import pathlib
import re
import textwrap
import zipfile
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "contracts"
WIDTH, HEIGHT = 612, 792
MARGIN, LEADING, SIZE = 56, 12, 9
LINES_PER_PAGE = (HEIGHT - 2 * MARGIN) // LEADING


def pdf_string(text):
    data = text.encode("cp1252", errors="replace")
    return "(" + data.decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def is_chinese(text):
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def width(c):
    return 1 if ord(c) < 0x2e80 else 2


CLOSERS = "，。、；：？！）」』”"


def cjk_wrap(line, limit):
    """Lines of at most `limit` half-width columns, as word processors wrap Chinese: between
    any two Chinese characters, but a Latin word (an email address, "99.9%") stays whole and a
    closing mark stays on its line."""
    tokens = re.findall(r"[\x21-\x7e]+|.", line)
    parts, current, used = [], "", 0
    for token in tokens:
        size = sum(width(c) for c in token)
        if used + size > limit and current and token not in CLOSERS:
            parts.append(current)
            current, used = "", 0
        current += token
        used += size
    if current:
        parts.append(current)
    return parts


def pdf_hex(text):
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def pdf_pages(source):
    pages = []
    for block in source.split("\f"):
        lines = []
        for line in block.split("\n"):
            if " | " in line:
                lines.append(("row", [cell.strip() for cell in line.split(" | ")]))
            elif not line.strip():
                lines.append(("text", ""))
            elif is_chinese(source):
                for part in cjk_wrap(line, 96):
                    lines.append(("text", part))
            else:
                for part in textwrap.wrap(line, 100, break_on_hyphens=False):
                    lines.append(("text", part))
        while lines:
            pages.append(lines[:LINES_PER_PAGE])
            lines = lines[LINES_PER_PAGE:]
    return pages


def write_pdf(source, path, pages=None):
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    chinese = is_chinese(source) or any(
        is_chinese(content if kind == "text" else "".join(content))
        for page in (pages or [])
        for kind, content in page
    )
    if chinese:
        text = pdf_hex
        descriptor = add(
            b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
            b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
        )
        cid_font = add(
            f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
            f"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
            f"/FontDescriptor {descriptor} 0 R /DW 1000 /W [1 95 500] >>".encode()
        )
        font = add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H "
            f"/DescendantFonts [{cid_font} 0 R] >>".encode()
        )
    else:
        text = pdf_string
        font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = add(None)
    kids = []
    for lines in pages if pages is not None else pdf_pages(source):
        ops = []
        y = HEIGHT - MARGIN
        for kind, content in lines:
            if kind == "row":
                column = (WIDTH - 2 * MARGIN) / max(len(content), 1)
                for i, cell in enumerate(content):
                    x = MARGIN + i * column
                    ops.append(f"BT /F1 {SIZE} Tf 1 0 0 1 {x:.1f} {y} Tm {text(cell)} Tj ET")
            elif content:
                ops.append(f"BT /F1 {SIZE} Tf 1 0 0 1 {MARGIN} {y} Tm {text(content)} Tj ET")
            y -= LEADING
        stream = "\n".join(ops).encode("latin-1")
        content_id = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}] "
                f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content_id} 0 R >>".encode()
            )
        )
    objects[pages_id - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    )
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    path.write_bytes(bytes(out))


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def write_docx(source, path):
    body = []
    for p, block in enumerate(source.split("\f")):
        if p:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        table = []
        for line in block.split("\n") + [""]:
            if " | " in line:
                cells = "".join(f"<w:tc><w:p>{run(c.strip())}</w:p></w:tc>" for c in line.split(" | "))
                table.append(f"<w:tr>{cells}</w:tr>")
                continue
            if table:
                body.append("<w:tbl>" + "".join(table) + "</w:tbl>")
                table = []
            body.append(f"<w:p>{run(line)}</w:p>" if line else "<w:p/>")
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>" + "".join(body) + "</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            ("word/document.xml", document),
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 29, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def bench(path):
    """A 60-page contract for the reader's benchmark: the corpus's texts, repeated."""
    texts = [t.read_text(encoding="utf-8") for t in sorted(ROOT.glob("*/*.txt"))]
    # The benchmark's contract stays the English corpus it was measured on.
    texts = [t for t in texts if not is_chinese(t)]
    body = "\n".join(texts * 3)
    pages = pdf_pages(body)
    while len(pages) < 60:
        body += "\n" + body
        pages = pdf_pages(body)
    write_pdf("", pathlib.Path(path), pages[:60])
    print(f"wrote {path}")


def main():
    import sys

    if len(sys.argv) == 3 and sys.argv[1] == "--bench":
        bench(sys.argv[2])
        return
    for text in sorted(ROOT.glob("*/*.txt")):
        source = text.read_text(encoding="utf-8")
        write_pdf(source, text.with_suffix(".pdf"))
        write_docx(source, text.with_suffix(".docx"))
        print(f"wrote {text.with_suffix('.pdf').relative_to(ROOT)} and .docx")


if __name__ == "__main__":
    main()
