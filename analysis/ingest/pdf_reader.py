"""PDF: open it (password, damage and scans refused with a clear message), then rebuild the text
as the researcher wrote it (see ``pdf_lines``, ``pdf_layout``, ``pdf_paragraphs``) and say what was
done to it (running lines removed, boxes moved, damage suspected) as notices."""
from __future__ import annotations

import re

from analysis.ingest import notices as codes
from analysis.ingest.notices import IngestNotice
from analysis.ingest.pdf_layout import document_lines
from analysis.ingest.pdf_lines import page_lines
from analysis.ingest.pdf_paragraphs import build_blocks, merge_interruptions, to_text
from analysis.ingest.pdf_quality import looks_damaged
from analysis.types import InputError, msg


def _corrupt(name: str) -> InputError:
    return InputError.of(msg("input.pdf_corrupt", name=name), "corrupt_file")


def read_pdf(data: bytes, name: str) -> tuple[str, list[IngestNotice]]:
    import pypdfium2 as pdfium  # native PDF engine: loaded with the first PDF, not at start-up
    import pypdfium2.raw as pdfium_c

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError.of(msg("input.pdf_encrypted", name=name), "encrypted_pdf") from None
        raise _corrupt(name) from None
    try:
        pages = [page_lines(document[i], i) for i in range(len(document))]
    except Exception:  # noqa: BLE001 - pdfium raises several types for broken page content
        raise InputError.of(msg("input.pdf_unreadable", name=name), "corrupt_file") from None
    finally:
        document.close()
    lines, removed = document_lines(pages)
    blocks, moved = merge_interruptions(build_blocks(lines))
    text = to_text(blocks)
    if len(re.findall(r"\w", text)) < 3:
        raise InputError.of(msg("input.pdf_scanned", name=name), "scanned_pdf")
    notices: list[IngestNotice] = []
    if removed:
        examples = "; ".join(f"“{t[:60]}”" for t in removed[:2])
        notices.append(IngestNotice(codes.RUNNING_REMOVED, {"name": name, "examples": examples,
                                                            "n": len(removed)}))
    if moved:
        notices.append(IngestNotice(codes.BOX_MOVED, {"name": name, "n": moved}))
    damaged, pct, examples_bad = looks_damaged(text)
    if damaged:
        notices.append(IngestNotice(codes.PDF_DAMAGED, {"name": name, "pct": pct,
                                                        "examples": ", ".join(examples_bad)}))
    return text, notices
