"""Word familiarity from a Portuguese frequency list (wordfreq, Zipf scale).

Why Zipf of both the surface form and the lemma: inflected forms are individually rarer than
their lemma ("inocentado" vs "inocentar"), and lexical simplification is about how familiar a
*word* is, whatever its inflection. We take the larger of the two.
"""
from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency (0 = unknown, ~7 = the most common words) of one word in Portuguese. A
    word written with the trema the 2009 spelling agreement dropped ("tranqüilo",
    "freqüentes", common in texts of before, PorSimples among them) is as familiar as its
    spelling today: the frequency list counts mostly today's."""
    word = word.lower()
    z = float(zipf_frequency(word, "pt"))
    if "ü" in word:
        z = max(z, float(zipf_frequency(word.replace("ü", "u"), "pt")))
    return z


def familiarity(surface: str, lemma: str | None = None) -> float:
    """max(Zipf(surface), Zipf(lemma))."""
    z = zipf(surface)
    if lemma and lemma != surface.lower():
        z = max(z, zipf(lemma))
    return z


def fmt_zipf(z: float) -> str:
    """Portuguese decimal comma: 3.14 → "3,1"."""
    return f"{z:.1f}".replace(".", ",")
