"""Does text extracted from a PDF look like words, or like damage?

Why a warning: a PDF whose fonts carry no character map, whose letters are placed one by one, or
whose words were glued gives text that looks fine to the machine and is nonsense to a reader;
every later number would be wrong. A word counts as unrecognised when it holds an unreadable
character, or is unknown to the Portuguese and English word lists (wordfreq) — or is a lone
letter that is not a word. Capitalised unknown words (names) are not counted either way.
"""
from __future__ import annotations

import re

from analysis.ingest.words import word_zipf

#: share of unrecognised words above which the text is called damaged (real Portuguese text is far
#: below: on the 354 PorSimples development texts the share is at most 7.6%, median 0.2%)
DAMAGED_SHARE = 0.25
#: fewer countable words than this: too little to judge
MIN_WORDS = 20
_TOKEN_RE = re.compile(r"[^\s\d.,;:!?()\[\]{}\"'“”‘’«»/\\|<>*•–—-]+")
_LONE_LETTER_WORDS = frozenset("a e o à é y i".split())


def damage(text: str) -> tuple[float, list[str]]:
    """(share of unrecognised words among the countable ones, up to 3 examples)."""
    counted = bad = 0
    examples: list[str] = []
    for token in _TOKEN_RE.findall(text):
        if "\ufffd" in token:
            unknown = True
        elif not any(c.isalpha() for c in token):
            continue
        elif len(token) == 1:
            unknown = token.casefold() not in _LONE_LETTER_WORDS
        elif word_zipf(token.casefold()) > 0:
            unknown = False
        elif token[0].isupper():
            continue                      # a name we do not know: no evidence either way
        else:
            unknown = True
        counted += 1
        if unknown:
            bad += 1
            if len(examples) < 3 and token not in examples:
                examples.append(token)
    if counted < MIN_WORDS:
        return 0.0, []
    return bad / counted, examples


def looks_damaged(text: str) -> tuple[bool, int, list[str]]:
    """(damaged?, percentage unrecognised, examples)."""
    share, examples = damage(text)
    return share > DAMAGED_SHARE, round(100 * share), examples
