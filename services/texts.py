"""The texts a researcher brings to Analisar: read an uploaded file, check a pair.

Why a service: a file is refused *before* its text reaches the text box (an empty file, a file
whose text is over the limits), with one outcome the page turns into one message; components
never call the engine's ingest directly.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analysis.ingest import IngestLimits, IngestNotice, check_size, read_document
from analysis.ingest.checks import check_pair_messages
from analysis.types import InputError, render_message
from services.input_limits import ingest_limits
from services.outcomes import FailureKind

#: the side of the pair → the engine's label in its messages
SIDE_LABELS = {"src": "fonte", "tgt": "simplificado"}


@dataclass(frozen=True)
class TextOutcome:
    text: str | None
    failure: FailureKind | None = None
    reason: str = ""          # stable code: empty_file, empty_text, too_long, file_too_large, ...
    detail: str = ""          # the engine's Portuguese message, when it gave one
    notices: tuple[IngestNotice, ...] = ()   # what reading the file did to it (headers removed...)

    @property
    def ok(self) -> bool:
        return self.failure is None


@dataclass(frozen=True)
class PairCheck:
    warnings: tuple[str, ...] = ()     # a tuple: one memoised check is shared by every rerun
    error: str | None = None  # the engine's Portuguese message for a pair it refuses


def read_upload(filename: str, data: bytes, side: str, lang: str = "pt-BR") -> TextOutcome:
    """The text of an uploaded file for ``side`` ("src" | "tgt"), or why it is refused: an
    empty file, an unreadable one, or one whose text is over the text limits."""
    if not data:
        return TextOutcome(None, "input", "empty_file")
    limits = ingest_limits()
    try:
        doc = read_document(filename, data, limits)
        check_size(doc.text, SIDE_LABELS.get(side, side), limits)
    except InputError as err:
        return TextOutcome(None, "input", err.code, err.message_in(lang))
    return TextOutcome(doc.text, notices=tuple(doc.notices))


def check_texts(source: str, target: str, lang: str = "pt-BR") -> PairCheck:
    """Warnings about a pair (identical, very different sizes, not Portuguese) in ``lang``, or
    its refusal.

    The check is memoised per process on (texts, limits): Analisar draws the form on every
    rerun (each click, each re-opening of an analysis), and the language check looks up every
    word in five frequency lists -- ~0.1 s of the server's one interpreter per rerun for a
    500-word pair. Only the rendering into ``lang`` runs each time."""
    messages, refusal = _checked(source, target, ingest_limits())
    if refusal is not None:
        return PairCheck((), refusal.message_in(lang))
    return PairCheck(tuple(render_message(m, lang) for m in messages))


@lru_cache(maxsize=64)
def _checked(source: str, target: str, limits: IngestLimits) -> tuple[tuple, InputError | None]:
    try:
        return tuple(check_pair_messages(source, target, limits)), None
    except InputError as err:
        return (), err
