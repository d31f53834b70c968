"""The one normalisation every text goes through before any offset is taken.

Why one step up front: highlights, stored annotations and exports are all ``[start, end)``
offsets, so the text must be fixed once (line endings, Unicode form, stray control characters)
and never touched again.
"""
from __future__ import annotations

import re
import unicodedata

# Controls that mean "line/page break" in some exporters (Word's vertical tab, form feed, NEL,
# Unicode line/paragraph separators) become real newlines instead of vanishing and gluing words.
_BREAKS = {"\x0b": "\n", "\x0c": "\n\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_BREAK_RE = re.compile("[\x0b\x0c\x85\u2028\u2029]")
# Every other C0/C1 control (and DEL) except \n and \t, plus byte-order marks anywhere.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")


def normalize_text(text: str) -> str:
    """The canonical text: NFC, ``\\n`` line endings, no control characters, no BOM.

    Paragraph structure (blank lines) is kept exactly; only trailing whitespace at the very end
    is removed. Controls are removed *before* NFC so the result is idempotent.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BREAK_RE.sub(lambda m: _BREAKS[m.group(0)], text)
    text = _CONTROL_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text.rstrip()
