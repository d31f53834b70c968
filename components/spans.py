"""Turning what a researcher typed (an excerpt, or offsets) into a validated span.

Pure functions, so the rules are unit-tested: an excerpt is looked up in the text (nth
occurrence, exact first, then ignoring case), offsets must satisfy 0 <= start < end <= len(text).
Messages are Portuguese and say how to fix the input.
"""
from __future__ import annotations


def find_excerpt(text: str, excerpt: str, occurrence: int = 1) -> tuple[int, int] | None:
    """``[start, end)`` of the ``occurrence``-th match of ``excerpt`` in ``text`` (1-based)."""
    needle = (excerpt or "").strip()
    if not needle or occurrence < 1:
        return None
    for haystack, probe in ((text, needle), (text.casefold(), needle.casefold())):
        if len(haystack) != len(text):     # casefold changed lengths (ß...): offsets unusable
            continue
        pos = -1
        for _ in range(occurrence):
            pos = haystack.find(probe, pos + 1)
            if pos < 0:
                break
        if pos >= 0:
            return pos, pos + len(probe)
    return None


def count_occurrences(text: str, excerpt: str) -> int:
    needle = (excerpt or "").strip()
    return text.count(needle) if needle else 0


def validate_span(text: str, start: int, end: int) -> str | None:
    """None when valid, else a Portuguese message."""
    n = len(text)
    if start < 0 or end < 0:
        return "As posições não podem ser negativas."
    if end > n:
        return f"A posição final passa do fim do texto ({n} caracteres)."
    if start >= end:
        return "A posição inicial precisa ser menor que a final."
    if not text[start:end].strip():
        return "O trecho escolhido contém só espaços."
    return None


def preview(text: str, start: int, end: int, context: int = 25) -> str:
    """The covered text with a little context, for showing what a span selects."""
    start, end = max(0, start), min(len(text), end)
    before = text[max(0, start - context):start]
    after = text[end:end + context]
    return f"…{before}[{text[start:end]}]{after}…"
