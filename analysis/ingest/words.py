"""How common a word is in Portuguese or English: the evidence behind joining a hyphenated word
and behind calling extracted text damaged (both must also work on English documents)."""
from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency


@lru_cache(maxsize=20_000)
def word_zipf(word: str) -> float:
    """The larger of the word's Zipf frequencies in Portuguese and English (0: unknown to both)."""
    return max(zipf_frequency(word, "pt"), zipf_frequency(word, "en"))
