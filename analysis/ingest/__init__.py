"""Turn what a researcher pastes or uploads into the one text every offset indexes into.

The package has one module per job: ``normalise`` (the canonical text), ``limits`` (the size
limits, passed in by the caller), one reader per format (``text_file``, ``docx_reader``,
``odt_reader``, ``pdf_reader`` with ``pdf_lines``/``pdf_layout``/``pdf_paragraphs``/``pdf_quality``), ``files`` (dispatch by extension) and ``checks`` (refuse or warn).
Callers import from ``analysis.ingest``; the names below are the public API.
"""
from analysis.ingest.checks import (
    LONG_UNPUNCTUATED_WORDS,
    check_pair,
    check_pair_size,
    check_size,
    check_text,
    count_words,
)
from analysis.ingest.containers import zip_uncompressed_size
from analysis.ingest.files import (
    SUPPORTED_EXTENSIONS,
    display_name,
    file_extension,
    read_document,
    read_file,
)
from analysis.ingest.limits import IngestLimits
from analysis.ingest.normalise import normalize_text
from analysis.ingest.notices import IngestedText, IngestNotice
from analysis.ingest.text_file import decode_text_bytes

__all__ = [
    "LONG_UNPUNCTUATED_WORDS", "SUPPORTED_EXTENSIONS", "IngestLimits", "IngestNotice", "IngestedText",
    "check_pair", "check_pair_size", "check_size", "check_text", "count_words", "decode_text_bytes",
    "display_name", "file_extension", "normalize_text", "read_document",
    "read_file", "zip_uncompressed_size",
]
