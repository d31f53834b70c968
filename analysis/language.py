"""Is this text Portuguese? A cheap check so the app can warn before analysing the wrong text.

Why word frequencies (wordfreq small lists: bundled, no downloads, ~0.1 s to load once) rather
than a language-ID model: the
question is narrow — Portuguese versus the languages researchers most often paste by mistake
(English, Spanish, French, Italian) — and a word that is far more frequent in Portuguese than in
those languages is general, explainable evidence. Each word votes for the language in which it is
most frequent; words unknown to every language (names, numbers, typos) do not vote.

Short texts never trigger the warning: a heading or a two-word sentence carries too little
evidence, and a false alarm on a tiny input only annoys the researcher.
"""
from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

#: Languages a Portuguese word competes against.
_OTHER_LANGS: tuple[str, ...] = ("en", "es", "fr", "it")
#: Below this many words the text counts as Portuguese (not enough evidence to warn).
MIN_WORDS = 8
#: Share of voting words that must prefer Portuguese (PorSimples texts all score >= 0.89,
#: Spanish ~0.3, English, French and Italian ~0.1-0.2 on our checks).
THRESHOLD = 0.6
#: At most this many words are inspected, spread evenly over the text. Why a sample: each
#: new word costs five wordfreq look-ups (~0.3 ms), which made this check a tenth of a warm
#: 500-word analysis; 300 words estimate a share far from the threshold (Portuguese >= 0.89,
#: others <= 0.3) within a few points, and spreading them keeps a text that switches language
#: midway from being judged by its opening alone.
_MAX_WORDS = 300

_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@lru_cache(maxsize=50_000)
def _vote(word: str) -> int:
    """+1 if the word is most frequent in Portuguese, -1 if in another language, 0 if unknown."""
    pt = zipf_frequency(word, "pt", wordlist="small")
    other = max(zipf_frequency(word, lang, wordlist="small") for lang in _OTHER_LANGS)
    if pt == 0.0 and other == 0.0:
        return 0
    # Shared words (de, a, que, casa) tie or nearly tie: count them for Portuguese, since
    # Portuguese text is what we expect and only clearly foreign words should pull down.
    return 1 if pt >= other - 0.3 else -1


def _words(text: str) -> list[str]:
    """The text's words, lowercased; at most ``_MAX_WORDS`` of them, evenly spaced."""
    words = _WORD_RE.findall(text)
    if len(words) > _MAX_WORDS:
        step = len(words) / _MAX_WORDS
        words = [words[int(k * step)] for k in range(_MAX_WORDS)]
    return [w.lower() for w in words]


def portuguese_score(text: str) -> float:
    """Share in [0, 1] of known words that are most frequent in Portuguese.

    Returns 1.0 for texts shorter than ``MIN_WORDS`` words or without any known word.
    """
    words = _words(text)
    if len(words) < MIN_WORDS:
        return 1.0
    votes = [_vote(w) for w in words]
    voting = [v for v in votes if v != 0]
    if len(voting) < MIN_WORDS:
        return 1.0
    return sum(1 for v in voting if v > 0) / len(voting)


def looks_portuguese(text: str) -> bool:
    """True unless there is clear evidence the text is in another language."""
    return portuguese_score(text) >= THRESHOLD
