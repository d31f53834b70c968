"""Cardinal numbers in Portuguese, in digits or in words, read as their value.

Why: a simplified text writes a number out when it opens a sentence (Portuguese style does
not start a sentence with digits: "20% dos alunos" → "Vinte por cento dos alunos") or
writes digits for words; a detector comparing words must still see the same number. The
tables are the language's closed class of number words (old spelling with the trema
included, as in texts written before 2009), not a list taken from any text.
"""
from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
    "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
    "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
    "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
}
_TENS = {
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "cinqüenta": 50, "sessenta": 60,
    "setenta": 70, "oitenta": 80, "noventa": 90,
}
_HUNDREDS = {
    "cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300,
    "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500,
    "seiscentos": 600, "seiscentas": 600, "setecentos": 700, "setecentas": 700,
    "oitocentos": 800, "oitocentas": 800, "novecentos": 900, "novecentas": 900,
}
_WORDS = {**_UNITS, **_TENS, **_HUNDREDS}
_DIGITS = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+)(%?)$")


def read_words(words: list[str], i: int) -> tuple[int, int] | None:
    """(value, number of words) of the cardinal written in words from ``words[i]`` (lowercase):
    "vinte e cinco", "cento e vinte", "dois mil e quinhentos". A lone "um"/"uma" is the
    article, not a number: None."""
    total, group, k, last = 0, 0, i, None
    while k < len(words):
        w = words[k]
        if w in _WORDS:
            group += _WORDS[w]
            last = k
        elif w == "mil" and (last is None or last == k - 1):
            total += max(group, 1) * 1000
            group = 0
            last = k
        else:
            break
        # "e" joins the parts of one number ("vinte e cinco", "mil e duzentos")
        if k + 2 < len(words) and words[k + 1] == "e" and words[k + 2] in _WORDS:
            k += 2
        else:
            k += 1
    if last is None:
        return None
    n = last - i + 1
    if n == 1 and words[i] in ("um", "uma"):
        return None
    return total + group, n


def read_digits(text: str) -> tuple[int, bool] | None:
    """(value, is a percentage) of a number in digits ("50", "1.500", "20%"); None for other
    tokens (decimals, ordinals, dates)."""
    m = _DIGITS.match(text)
    if m is None:
        return None
    return int(m.group(1).replace(".", "")), bool(m.group(2))
