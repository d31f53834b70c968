"""Read an uploaded file (bytes in memory) into normalised text, format by format.

Files are parsed in memory only; size and zip-bomb limits are checked before anything is
inflated; every problem becomes an ``InputError`` with a plain Portuguese message and a stable
code; soft problems (a PDF's running headers removed, damaged-looking text) come back as notices.
"""
from __future__ import annotations

from analysis.ingest.containers import check_zip
from analysis.ingest.docx_reader import read_docx
from analysis.ingest.limits import as_limits
from analysis.ingest.normalise import normalize_text
from analysis.ingest.notices import IngestedText
from analysis.ingest.odt_reader import read_odt
from analysis.ingest.pdf_reader import read_pdf
from analysis.ingest.text_file import decode_text_bytes
from analysis.types import InputError, msg

SUPPORTED_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".docx", ".odt", ".pdf")


def file_extension(filename: str) -> str:
    """``".pdf"`` for ``"Texto.PDF"``; ``""`` without a dot."""
    name = (filename or "").strip().lower()
    dot = name.rfind(".")
    return name[dot:] if dot >= 0 else ""


def display_name(filename: str) -> str:
    """Only the last path component, for messages (never used as a path)."""
    name = (filename or "arquivo").replace("\\", "/").rsplit("/", 1)[-1]
    return name[:80] or "arquivo"


def read_document(
    filename: str,
    data: bytes,
    limits: object | None = None,
    *,
    max_bytes: int | None = None,
    max_uncompressed: int | None = None,
) -> IngestedText:
    """Read a .txt/.md/.docx/.odt/.pdf into normalised text plus notices for the researcher.

    ``limits`` (an ``IngestLimits``) bounds the file and what a container may inflate to;
    ``max_bytes``/``max_uncompressed`` override them (a zip member inside a corpus).
    """
    name = display_name(filename)
    ext = file_extension(filename)
    if ext not in SUPPORTED_EXTENSIONS:
        raise InputError.of(msg("input.unsupported_format", name=name), "unsupported_format")
    lim = as_limits(limits)
    max_bytes = lim.max_upload_bytes if max_bytes is None else max_bytes
    max_uncompressed = lim.max_uncompressed_bytes if max_uncompressed is None else max_uncompressed
    if len(data) > max_bytes:
        raise InputError.of(msg("input.file_too_large", name=name, size=round(len(data) / 1048576, 1),
                                limit=round(max_bytes / 1048576)), "file_too_large")
    if ext in (".txt", ".md"):
        return IngestedText(normalize_text(decode_text_bytes(data, name)))
    if ext == ".docx":
        check_zip(data, name, max_uncompressed)
        return IngestedText(normalize_text(read_docx(data, name)))
    if ext == ".odt":
        check_zip(data, name, max_uncompressed)
        return IngestedText(normalize_text(read_odt(data, name)))
    text, notices = read_pdf(data, name)
    return IngestedText(normalize_text(text), tuple(notices))


def read_file(
    filename: str,
    data: bytes,
    limits: object | None = None,
    *,
    max_bytes: int | None = None,
    max_uncompressed: int | None = None,
) -> str:
    """The text of :func:`read_document` (for callers that show no notices)."""
    return read_document(filename, data, limits, max_bytes=max_bytes, max_uncompressed=max_uncompressed).text
