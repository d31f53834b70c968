"""PDF: text lines rebuilt into paragraphs."""
from __future__ import annotations

import io
import re
import statistics
from typing import Any

from analysis.types import InputError

_FINAL_PUNCT = ".!?…:;\"”»)"


def read_pdf(data: bytes, name: str) -> tuple[str, list]:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except Exception:  # noqa: BLE001
        raise InputError(
            f"Não foi possível abrir o PDF “{name}”: o arquivo parece estar corrompido ou incompleto.",
            "corrupt_file",
        ) from None
    if encrypted:
        ok = False
        try:  # PDFs with only an owner password (e.g. "no printing") open with an empty one
            ok = bool(reader.decrypt(""))
        except Exception:  # noqa: BLE001
            ok = False
        if not ok:
            raise InputError(
                f"O PDF “{name}” está protegido por senha. Remova a proteção e envie novamente.",
                "encrypted_pdf",
            )
    pages: list[str] = []
    try:
        for page in reader.pages:
            pages.append(_pdf_page_text(page))
    except Exception:  # noqa: BLE001
        raise InputError(
            f"Não foi possível extrair o texto do PDF “{name}”: o arquivo parece estar corrompido.",
            "corrupt_file",
        ) from None
    text = pdf_pages_to_text(pages)
    if len(re.findall(r"\w", text)) < 3:
        raise InputError(
            f"O PDF “{name}” não tem camada de texto: parece ser digitalizado (imagem). "
            "É preciso passar um OCR no arquivo ou enviar o texto em outro formato.",
            "scanned_pdf",
        )
    return text, []


def _pdf_page_text(page: Any) -> str:
    """The page's text lines, with a blank line wherever the vertical gap between two lines is
    clearly larger than the page's usual line spacing (that gap is how PDFs show paragraphs)."""
    chunks: list[tuple[str, float | None]] = []
    sizes: list[float] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: Any) -> None:
        if text:
            try:
                y = float(tm[5]) * float(cm[3]) + float(cm[5])
                if text.strip():
                    sizes.append(abs(float(size) * float(tm[3]) * float(cm[3])))
            except (TypeError, ValueError, IndexError):
                y = None
            chunks.append((text, y))

    plain = page.extract_text(visitor_text=visit) or ""
    lines: list[str] = [""]
    ys: list[float | None] = [None]
    for text, y in chunks:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k > 0:
                lines.append("")
                ys.append(None)
            if part:
                lines[-1] += part
                if ys[-1] is None:
                    ys[-1] = y
    if "\n".join(lines).split() != plain.split():
        return plain  # the visitor saw something else: trust the plain extraction
    gaps = [
        ys[i - 1] - ys[i]
        for i in range(1, len(lines))
        if ys[i] is not None and ys[i - 1] is not None and ys[i - 1] - ys[i] > 0
    ]
    if len(gaps) < 2:
        return "\n".join(lines)
    # usual line spacing: the median gap, but never more than 1.6x the font size (a document
    # where every paragraph is a single line has only paragraph gaps)
    spacing = statistics.median(gaps)
    if sizes and statistics.median(sizes) > 0:
        spacing = min(spacing, 1.6 * statistics.median(sizes))
    out: list[str] = []
    prev_y: float | None = None
    for line, y in zip(lines, ys, strict=True):
        if not line.strip():
            continue
        if prev_y is not None and y is not None and (prev_y - y) > 1.35 * spacing:
            out.append("")
        out.append(line)
        if y is not None:
            prev_y = y
    return "\n".join(out)


def pdf_pages_to_text(pages: list[str]) -> str:
    """Rebuild paragraphs from PDF text lines.

    Why heuristics: a PDF stores positioned lines, not paragraphs. A line that ends a sentence and
    is clearly shorter than the page's typical line closes a paragraph; a blank line always does;
    a short unpunctuated line followed by a capitalised one is a heading; a hyphen at line end
    before a lowercase letter joins the word back; a line holding only a number (page number) is
    dropped.
    """
    lines: list[str] = []
    for page_text in pages:
        # runs of spaces inside a PDF line are layout (justification), not text
        page_lines = [" ".join(ln.split()) for ln in page_text.replace("\r", "\n").split("\n")]
        # drop page numbers at the top/bottom of the page
        while page_lines and (not page_lines[-1] or page_lines[-1].isdigit()):
            page_lines.pop()
        while page_lines and (not page_lines[0] or page_lines[0].isdigit()):
            page_lines.pop(0)
        lines.extend(page_lines)
        lines.append("\f")  # page boundary marker
    lengths = [len(ln) for ln in lines if ln and ln != "\f"]
    if not lengths:
        return ""
    typical = statistics.median(sorted(lengths)[len(lengths) // 2 :])  # median of the longer half

    paragraphs: list[str] = []
    current = ""

    def close() -> None:
        nonlocal current
        if current.strip():
            paragraphs.append(current.strip())
        current = ""

    for i, ln in enumerate(lines):
        if ln == "\f":
            if current.rstrip().endswith(tuple(".!?…")):
                close()
            continue
        if not ln:
            close()
            continue
        nxt = next((x for x in lines[i + 1 :] if x and x != "\f"), "")
        if current.endswith("-") and ln[:1].islower():
            current = current[:-1] + ln
        elif current:
            current = current + " " + ln
        else:
            current = ln
        short = len(ln) < 0.75 * typical
        ends_sentence = ln.endswith(tuple(_FINAL_PUNCT))
        next_starts_upper = bool(nxt) and (nxt[:1].isupper() or nxt[:1] in "—–-\"“«" or nxt[:1].isdigit())
        if short and next_starts_upper:
            # a short last line of a paragraph, or a heading line of its own
            if ends_sentence or current == ln:
                close()
    close()
    return "\n\n".join(paragraphs)


