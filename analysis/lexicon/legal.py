"""The labels that number a law's provisions: "Art. 6º", "§ 2º", "Parágrafo único", an inciso's
"III –".

Why: a simplified law drops or rewrites them as a matter of course; they number content, they
are not content (Lei Complementar 95/1998, arts. 10 and 11). A detector comparing words must
not read "Art" as a word replaced by whatever opens the simplified sentence, nor a dropped
label as omitted information. The pattern is the legislative drafting convention, not a list
taken from any text.
"""
from __future__ import annotations

import re

PROVISION_LABEL = re.compile(
    r"\b(?:art(?:igo)?s?\.?\s*\d+\s*[º°o]?(?:-[A-Z])?|par[áa]grafo\s+[úu]nico)|§+\s*\d+\s*[º°o]?"
    r"|\b(?-i:[IVXLC]{1,6})\s*[–—-](?=\s)", re.IGNORECASE)


def provision_label_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the provision labels in ``text``."""
    return [m.span() for m in PROVISION_LABEL.finditer(text)]
