"""Readability of Portuguese text: sizes, syllables, Flesch-PT, word frequency, variety.

Why these measures: they are the ones translation-studies researchers already report for
simplified texts (shorter sentences, shorter and more frequent words, less lexical variety),
and each is transparent enough to explain in a paper.

Definitions (all computed on the text exactly as given):
- *words*: tokens of Unicode letters (accents included) that may carry internal hyphens or
  apostrophes (``guarda-chuva``, ``d'água``), plus numbers (``1978``, ``3,5``). Numbers count
  as words for sentence length and syllables, but not for the lexical measures (Zipf, rare
  words, type/token), which use alphabetic words only.
- *syllables*: pyphen's ``pt_BR`` hyphenation dictionary, one syllable per hyphenation piece
  (hyphenation points + 1). Pyphen is asked for edge pieces of one letter (``left=right=1``),
  because Portuguese syllables like the *á* of *á-gua* or the *o* of *ri-o* are real syllables
  that typographic hyphenation merely refuses to split off; pieces with no vowel (the *p* of
  ``p-neu``) are not syllables and are not counted. Hyphenated/apostrophe words add up their
  parts. The dictionary does not split every hiatus: *saúde* gives ``saú-de`` (2, where a
  grammar says 3: *sa-ú-de*), *país* gives ``pa-ís`` (2, correct); such misses are rare and
  affect both texts of a pair alike. Numbers count one syllable per digit (a rough stand-in
  for reading them aloud).
- *flesch_pt* = 248.835 − 1.015 × words/sentence − 84.6 × syllables/word (Martins, Ghiraldelo,
  Nunes & Oliveira Jr., 1996, adapting Flesch Reading Ease to Portuguese). Higher = easier;
  bands: 75–100 muito fácil, 50–75 fácil, 25–50 difícil, 0–25 muito difícil. Not clamped: very
  short texts can fall outside 0–100.
- *mean_zipf*: mean ``wordfreq.zipf_frequency(word, "pt")`` (log10 of frequency per billion
  words; 1 = very rare, 7 = *de*, *o*); *rare_word_share*: share of words with Zipf < 3.
- *type_token_ratio*: distinct lowercased words / words (sensitive to length: compare texts of
  similar size or the same text before/after simplification).
Empty text → every metric 0 (no division errors).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

#: Zipf below this marks a rare word (about once per million words or less).
RARE_ZIPF = 3.0

_LETTERS = r"[^\W\d_]"
_WORD_RE = re.compile(
    rf"(?P<word>{_LETTERS}+(?:[-'’]{_LETTERS}+)*)|(?P<number>\d+(?:[.,]\d+)*)"
)
_VOWELS = frozenset("aeiouyáàâãäéèêëíìîïóòôõöúùûüý")
_PART_SPLIT = re.compile(r"[-'’]")

#: Keys of ``text_metrics`` (in display order).
METRIC_KEYS = (
    "characters", "words", "sentences", "words_per_sentence", "syllables_per_word",
    "characters_per_word", "flesch_pt", "mean_zipf", "rare_word_share", "type_token_ratio",
)


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="pt_BR", left=1, right=1)


@lru_cache(maxsize=200_000)
def syllables(word: str) -> int:
    """Syllables of one word token (see the module docstring for the method); ≥ 1."""
    word = word.lower()
    if word.replace(".", "").replace(",", "").isdigit():
        return max(1, sum(ch.isdigit() for ch in word))
    total = 0
    hyph = _hyphenator()
    for part in _PART_SPLIT.split(word):
        if not part:
            continue
        pieces = hyph.inserted(part, hyphen="\x00").split("\x00")
        total += sum(1 for p in pieces if any(ch in _VOWELS for ch in p))
    return max(1, total)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of a word in Portuguese (0 when wordfreq has never seen it)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "pt"))


def tokenize_words(text: str) -> list[tuple[str, bool]]:
    """Word tokens of ``text`` as ``(token, is_alphabetic)`` in order."""
    return [(m.group(0), m.group("word") is not None) for m in _WORD_RE.finditer(text)]


def flesch_pt(words_per_sentence: float, syllables_per_word: float) -> float:
    """Flesch Reading Ease adapted to Portuguese (Martins et al., 1996)."""
    return 248.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word


def flesch_band(score: float) -> str:
    """The reading-ease band of a Flesch-PT score, in Portuguese."""
    if score >= 75:
        return "muito fácil"
    if score >= 50:
        return "fácil"
    if score >= 25:
        return "difícil"
    return "muito difícil"


def text_metrics(text: str, sentences: list[str]) -> dict[str, float]:
    """Readability metrics of a text already segmented into ``sentences``.

    ``sentences`` gives the count (blank entries ignored); a text with words but no
    sentences listed counts as one sentence.
    """
    tokens = tokenize_words(text or "")
    n_words = len(tokens)
    n_sent = sum(1 for s in sentences if s and s.strip())
    if n_words and not n_sent:
        n_sent = 1
    metrics = dict.fromkeys(METRIC_KEYS, 0.0)
    metrics["characters"] = float(len(text or ""))
    metrics["sentences"] = float(n_sent)
    if not n_words:
        return metrics
    # Work per distinct token (a text repeats most of its words): counts × cached per-word values.
    counts = Counter((t.lower(), is_alpha) for t, is_alpha in tokens)
    n_syll = sum(syllables(t) * c for (t, _), c in counts.items())
    wps = n_words / n_sent
    spw = n_syll / n_words
    metrics.update(
        words=float(n_words),
        words_per_sentence=wps,
        syllables_per_word=spw,
        characters_per_word=sum(len(t) * c for (t, _), c in counts.items()) / n_words,
        flesch_pt=flesch_pt(wps, spw),
    )
    alpha = {t: c for (t, is_alpha), c in counts.items() if is_alpha}
    n_alpha = sum(alpha.values())
    if n_alpha:
        freqs = {t: zipf(t) for t in alpha}
        metrics.update(
            mean_zipf=sum(freqs[t] * c for t, c in alpha.items()) / n_alpha,
            rare_word_share=sum(c for t, c in alpha.items() if freqs[t] < RARE_ZIPF) / n_alpha,
            type_token_ratio=len(alpha) / n_alpha,
        )
    return {k: round(v, 4) for k, v in metrics.items()}


def compare(source_metrics: dict[str, float], target_metrics: dict[str, float]) -> dict[str, float]:
    """Target minus source for every numeric metric both sides have (positive = increased).

    For a successful simplification one typically sees ``words_per_sentence`` and
    ``syllables_per_word`` fall, ``flesch_pt`` and ``mean_zipf`` rise.
    """
    deltas: dict[str, float] = {}
    for key, src in source_metrics.items():
        tgt = target_metrics.get(key)
        if isinstance(src, (int, float)) and isinstance(tgt, (int, float)) \
                and not isinstance(src, bool) and not isinstance(tgt, bool):
            deltas[key] = round(float(tgt) - float(src), 4)
    return deltas
