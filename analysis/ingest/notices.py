"""Soft problems found while reading a file, as codes the page turns into words.

Why codes and parameters instead of sentences: the researcher reads the app in pt-BR or English,
and the engine does not know which. The page looks up ``ingest.notice.<code>`` in its catalog
(``components/strings_pages.py``) and formats it with ``params``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: headers/footers repeated on the pages (and page numbers) were taken out of the text
RUNNING_REMOVED = "pdf_running_removed"
#: the extracted text looks damaged (unreadable characters, words that are not words)
PDF_DAMAGED = "pdf_damaged"
#: a box or pull quote interrupted a sentence and was moved after its paragraph
BOX_MOVED = "pdf_box_moved"


@dataclass(frozen=True)
class IngestNotice:
    code: str                                   # one of the constants above
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class IngestedText:
    """A read file: the normalised text and what the researcher should know about it."""

    text: str
    notices: tuple[IngestNotice, ...] = ()
