"""Checks on pasted or read text: refuse what cannot be analysed, warn about what looks wrong.

Errors are ``InputError`` (a Portuguese message and a stable code); soft problems are returned
as Portuguese warnings. The limits come in as an argument (see ``limits.py``).
"""
from __future__ import annotations

import re
import unicodedata

from analysis.ingest.limits import as_limits
from analysis.ingest.normalise import normalize_text
from analysis.language import looks_portuguese
from analysis.types import InputError, Message, msg, render_message

_WORD_RE = re.compile(r"\w+")
#: A stretch without sentence punctuation, as the segmenter sees it: a single line break does
#: not end a sentence (wrapped lines are joined), a blank line or a list/dialogue marker does.
#: So 5,000 one-word lines are one 5,000-word "sentence" and deserve the warning below.
_CHUNK_RE = re.compile(r"(?:[^.!?…;:\n]|\n(?![ \t]*\n)(?![ \t]*(?:[-–—•*▪◦]|\d{1,3}[.)])\s))+")
#: A stretch longer than this many words without any sentence punctuation deserves a warning.
LONG_UNPUNCTUATED_WORDS = 120


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD_RE.finditer(text))


def _has_visible(text: str) -> bool:
    """True when the text has a character a reader can see: whitespace and invisible format
    characters (zero-width space, word joiner, soft hyphen...) alone look empty in the text box,
    so analysing them would only produce a confusing result."""
    stripped = text.strip()
    return any(unicodedata.category(c) != "Cf" and not c.isspace() for c in stripped[:1000]) or (
        len(stripped) > 1000 and any(unicodedata.category(c) != "Cf" and not c.isspace() for c in stripped))


def check_size(text: str, label: str, limits: object | None = None) -> None:
    """Refuse an empty text or one over the limits (``empty_text``, ``too_long``).

    ``label`` is ``"fonte"`` or ``"simplificado"`` and appears in the messages.
    """
    lim = as_limits(limits)
    side = msg(f"side.{label}")
    if text is None or not _has_visible(text):
        raise InputError.of(msg("input.empty_text", side=side), "empty_text")
    n_chars = len(text)
    if n_chars > lim.max_text_chars:
        raise InputError.of(msg("input.too_many_chars", side=side, n=n_chars, limit=lim.max_text_chars),
                            "too_long")
    n_words = count_words(text)
    if n_words > lim.max_text_words:
        raise InputError.of(msg("input.too_many_words", side=side, n=n_words, limit=lim.max_text_words),
                            "too_long")


def check_text_messages(text: str, label: str, limits: object | None = None) -> list[Message]:
    """Refuse empty or oversized text (InputError); return warnings for soft problems as
    messages (``analysis.messages``: shown in the researcher's language)."""
    check_size(text, label, limits)
    side = msg(f"side.{label}")
    warnings: list[Message] = []
    longest = 0
    for m in _CHUNK_RE.finditer(text):
        longest = max(longest, count_words(m.group(0)))
    if longest > LONG_UNPUNCTUATED_WORDS:
        warnings.append(msg("notice.long_unpunctuated", side=side, n=longest))
    if "\ufffd" in text:
        warnings.append(msg("notice.unreadable_chars", side=side))
    return warnings


def check_text(text: str, label: str, limits: object | None = None) -> list[str]:
    """Refuse empty or oversized text (InputError); return Portuguese warnings for soft problems."""
    return [render_message(m) for m in check_text_messages(text, label, limits)]


def check_pair_size(source: str, target: str, limits: object | None = None) -> None:
    """Refuse a pair that cannot be analysed (empty or over the limits), after normalisation:
    the cheap gate a service runs before handing the pair to the engine."""
    check_size(normalize_text(source or ""), "fonte", limits)
    check_size(normalize_text(target or ""), "simplificado", limits)


def _comparable(text: str) -> str:
    return " ".join(normalize_text(text).split())


def check_pair_messages(source: str, target: str, limits: object | None = None) -> list[Message]:
    """Check both texts (errors raise) and warn, as messages, about pairs that look wrong."""
    warnings = check_text_messages(source, "fonte", limits) + check_text_messages(target, "simplificado", limits)
    if _comparable(source) == _comparable(target):
        warnings.append(msg("notice.identical"))
    n_src, n_tgt = count_words(source), count_words(target)
    if n_src >= 30 or n_tgt >= 30:
        ratio = (n_tgt + 1) / (n_src + 1)
        if ratio > 3 or ratio < 0.25:
            warnings.append(msg("notice.size_mismatch", n_src=n_src, n_tgt=n_tgt))
    for label, text in (("fonte", source), ("simplificado", target)):
        if not looks_portuguese(text):
            warnings.append(msg("notice.not_portuguese", side=msg(f"side.{label}")))
    return warnings


def check_pair(source: str, target: str, limits: object | None = None) -> list[str]:
    """Check both texts (errors raise) and warn, in Portuguese, about pairs that look wrong."""
    return [render_message(m) for m in check_pair_messages(source, target, limits)]
