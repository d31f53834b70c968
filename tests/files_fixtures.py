"""Generators of real document files (bytes) for ingest tests: docx, odt, pdf, zips.

Built with the same libraries users' tools produce files with (python-docx, odfpy, fpdf2, pypdf),
so the readers are tested against genuine files, not mocks.
"""
from __future__ import annotations

import io
import os
import zipfile

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def make_docx(
    paragraphs: list[str],
    *,
    heading: str | None = None,
    table: list[list[str]] | None = None,
    table_after: int = 1,
) -> bytes:
    """A .docx with an optional heading, paragraphs, and a table after ``table_after`` paragraphs."""
    import docx

    d = docx.Document()
    if heading:
        d.add_heading(heading, level=1)
    for i, p in enumerate(paragraphs):
        if table and i == table_after:
            _add_table(d, table)
        d.add_paragraph(p)
    if table and table_after >= len(paragraphs):
        _add_table(d, table)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _add_table(d, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val


def make_odt(
    paragraphs: list[str],
    *,
    heading: str | None = None,
    items: list[str] | None = None,
    table: list[list[str]] | None = None,
) -> bytes:
    """An .odt: heading, first paragraph, a bulleted list, a table, then the other paragraphs."""
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P, S, Span

    doc = OpenDocumentText()
    if heading:
        doc.text.addElement(H(outlinelevel=1, text=heading))
    for i, para in enumerate(paragraphs):
        if i == 1 and items:
            lst = List()
            for it in items:
                li = ListItem()
                li.addElement(P(text=it))
                lst.addElement(li)
            doc.text.addElement(lst)
        if i == 1 and table:
            tbl = Table(name="T1")
            tbl.addElement(TableColumn(numbercolumnsrepeated=len(table[0])))
            for row in table:
                tr = TableRow()
                for val in row:
                    tc = TableCell()
                    tc.addElement(P(text=val))
                    tr.addElement(tc)
                tbl.addElement(tr)
            doc.text.addElement(tbl)
        p = P()
        # exercise inline markup: a span and a run of spaces (<text:s/>) inside the paragraph
        words = para.split(" ", 1)
        p.addElement(Span(text=words[0]))
        if len(words) > 1:
            p.addElement(S(c=1))
            p.addText(words[1])
        doc.text.addElement(p)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def make_pdf(paragraphs: list[str], *, heading: str | None = None) -> bytes:
    """A text PDF (real text layer). Uses DejaVu when present for full Unicode, else Helvetica."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if os.path.exists(DEJAVU):
        pdf.add_font("DejaVu", "", DEJAVU)
        font = "DejaVu"
    else:  # pragma: no cover - core font, latin-1 only
        font = "Helvetica"
    if heading:
        pdf.set_font(font, size=16)
        pdf.multi_cell(0, 10, heading)
        pdf.ln(4)
    pdf.set_font(font, size=11)
    for p in paragraphs:
        pdf.multi_cell(0, 6, p)
        pdf.ln(5)
    return bytes(pdf.output())


def make_blank_pdf(pages: int = 1) -> bytes:
    """A PDF whose pages carry only drawings (like a scan): no text layer at all."""
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.set_fill_color(120, 120, 120)
        pdf.rect(20, 20, 170, 250, style="F")
    return bytes(pdf.output())


def make_encrypted_pdf(paragraphs: list[str], password: str = "segredo") -> bytes:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(make_pdf(paragraphs)))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-dono", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_zip_bomb(member: str = "word/document.xml", size_mb: int = 200) -> bytes:
    """A small zip whose member declares ``size_mb`` MB uncompressed (zeros compress ~1000:1).

    Written in 1 MB chunks so building it never holds the inflated data in memory.
    """
    buf = io.BytesIO()
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open(member, "w", force_zip64=True) as fh:
            for _ in range(size_mb):
                fh.write(chunk)
    return buf.getvalue()


def make_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def make_layout_pdf(
    pages: list[list[list[object]]],
    *,
    header: str | None = None,
    footer: str | None = None,
    interleave: bool = False,
    words_apart: bool = False,
) -> bytes:
    """A PDF laid out line by line, like a journal article: every page has ``header`` at the top
    and ``footer`` (``{n}`` = page number) at the bottom; ``pages[p]`` holds one list of entries
    per column (1 or 2 columns), or is a dict ``{"wide": [entries across the page], "columns":
    [...], "notes": [footnote lines at the bottom]}``. An entry is a body line (``str``; ``""`` is a paragraph gap;
    leading spaces indent it by their width),
    ``("h", text)`` a heading line, or ``("box", [lines])`` a framed pull quote in smaller italics.

    ``interleave`` writes the two columns row by row into the content stream (reading order must
    then come from the positions); ``words_apart`` places every word by its own position with no
    space character between words (as TeX does), so spaces must come from the gaps.
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.add_font("DejaVu", "I", DEJAVU_ITALIC)
    body, leading = 10.5, 5.2
    for n, page in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.set_font("DejaVu", "", 8)
            pdf.text(20, 12, header)
        if footer:
            pdf.set_font("DejaVu", "", 8)
            pdf.text(95, 287, footer.format(n=n))
        spec = page if isinstance(page, dict) else {"columns": page}
        ops: list[tuple[float, int, object]] = []   # (y, column, drawing)
        y_wide = _lay_out(pdf, ops, spec.get("wide", []), 0, 20, 28.0, 170, body, leading)
        columns = spec.get("columns", [])
        width = 170 if len(columns) == 1 else 80
        for c, entries in enumerate(columns):
            _lay_out(pdf, ops, entries, c, 20 + c * 90, y_wide, width, body, leading)
        for k, note in enumerate(spec.get("notes", [])):
            ops.append((265 + 4 * k, 9, ("text", 20, 265 + 4 * k, "", 8, note)))
        order = sorted(ops, key=lambda o: (round(o[0], 1), o[1])) if interleave else ops
        for _y, _c, op in order:
            if op[0] == "rect":
                pdf.set_draw_color(90, 90, 90)
                pdf.rect(op[1], op[2], op[3], op[4])
                continue
            _, x, y, style, size, text = op
            pdf.set_font("DejaVu", style, size)
            if words_apart:
                for word in text.split(" "):
                    pdf.text(x, y, word)
                    x += pdf.get_string_width(word) + pdf.get_string_width(" ")
            else:
                pdf.text(x, y, text)
    return bytes(pdf.output())


def _lay_out(pdf, ops: list, entries: list, c: int, x: float, y: float, width: float, body: float,
             leading: float) -> float:
    """Queue the drawing of one column's entries from ``y`` down; return the y below them."""
    for entry in entries:
        if entry == "":
            y += leading * 0.8
        elif isinstance(entry, tuple) and entry[0] == "h":
            y += 2
            ops.append((y, c, ("text", x, y, "B", 14, entry[1])))
            y += 9
        elif isinstance(entry, tuple) and entry[0] == "box":
            lines = list(entry[1])
            ops.append((y, c, ("rect", x - 2, y - 1, width + 4, 5 + 4.6 * len(lines))))
            y += 4
            for ln in lines:
                ops.append((y, c, ("text", x + 2, y, "I", 9, ln)))
                y += 4.6
            y += 6
        else:
            text = str(entry)
            pdf.set_font("DejaVu", "", body)
            indent = pdf.get_string_width(text[: len(text) - len(text.lstrip(" "))])
            ops.append((y, c, ("text", x + indent, y, "", body, text.lstrip(" "))))
            y += leading
    return y + (leading if entries else 0)
