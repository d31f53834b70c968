"""Live counts under the text areas (characters, words, sentences).

Approximate on purpose: it runs on every keystroke-triggered rerun, so it is a couple of regexes,
not the engine's segmenter (the analysis itself uses the real one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_SENT_END = re.compile(r"[.!?…]+(?=\s|$)|\n\s*\n")


@dataclass(frozen=True)
class TextCounts:
    characters: int
    words: int
    sentences: int


@lru_cache(maxsize=512)
def count(text: str) -> TextCounts:
    """Counts of ``text``; memoised per process (every rerun of every session counts the same
    texts again: the counts are immutable, the result is a frozen dataclass)."""
    text = text or ""
    words = len(_WORD.findall(text))
    if not words:
        return TextCounts(len(text), 0, 0)
    pieces = [p for p in _SENT_END.split(text) if _WORD.search(p or "")]
    return TextCounts(len(text), words, max(1, len(pieces)))
