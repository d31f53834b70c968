"""Similarity from surface form only: character n-grams plus whole words, no weights to load.

Why it exists: it is the fallback when the requested neural model cannot load or crashes, and
a transparent baseline for benchmarks. It sees shared spelling, not meaning: "réu" and
"acusado" are unrelated to it, "inflação" and "inflacionário" are close.

Each text becomes two hashed blocks, each L2-normalised, weighted so that the cosine of two
vectors is ``CHAR_WEIGHT * cos(char n-grams) + (1 - CHAR_WEIGHT) * cos(words)``:
- characters: ``char_wb`` 2–5-grams (robust to inflection: *cidade*/*cidades*);
- words: unigrams (rewards exact word reuse).
Term counts are sublinear (``1 + log tf``) so a repeated word does not dominate.
"""
from __future__ import annotations

import re
from functools import partial

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer, strip_accents_unicode

#: Hashed dimensions: small enough that a dense row is 20 KB, large enough that collisions
#: between two sentences' n-grams are rare.
CHAR_FEATURES = 4096
WORD_FEATURES = 1024
CHAR_WEIGHT = 0.7

_NON_WORD = re.compile(r"[\W_]+")


def _normalise(text: str, fold_accents: bool) -> str:
    """Lowercase, optionally fold accents, and keep only letters/digits (punctuation is not
    lexical evidence: a shared final period must not make two sentences look alike)."""
    text = text.lower()
    if fold_accents:
        text = strip_accents_unicode(text)
    return _NON_WORD.sub(" ", text).strip()


class LexicalEncoder:
    """Encoder protocol with hashed character/word n-grams (``dim`` = 5120).

    Rows are unit length, except for texts with no letters or digits at all (empty,
    punctuation only), which are zero rows: similar to nothing, rather than to everything.
    ``accent_insensitive=True`` folds accents (*saúde* = *saude*), useful for texts typed
    without them; off by default because accents distinguish Portuguese words (*é*/*e*).
    Stateless and thread-safe.
    """

    def __init__(self, accent_insensitive: bool = False) -> None:
        # A custom preprocessor replaces sklearn's lowercase/strip_accents steps.
        common = dict(preprocessor=partial(_normalise, fold_accents=accent_insensitive),
                      norm=None, alternate_sign=False, dtype=np.float32)
        self._chars = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5),
                                        n_features=CHAR_FEATURES, **common)
        self._words = HashingVectorizer(analyzer="word", token_pattern=r"(?u)\b\w+\b",
                                        n_features=WORD_FEATURES, **common)
        self.accent_insensitive = accent_insensitive
        self.dim = CHAR_FEATURES + WORD_FEATURES
        self.name = "lexical (n-gramas de caracteres e palavras)" + (
            ", sem acentos" if accent_insensitive else "")

    @staticmethod
    def _block(vectorizer: HashingVectorizer, texts: list[str], weight: float) -> np.ndarray:
        m = vectorizer.transform(texts).tocsr()
        m.data = 1.0 + np.log(m.data)                     # sublinear tf (counts are >= 1)
        dense = m.toarray().astype(np.float32, copy=False)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return dense * (np.sqrt(weight) / norms)

    def encode(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.hstack([self._block(self._chars, texts, CHAR_WEIGHT),
                         self._block(self._words, texts, 1.0 - CHAR_WEIGHT)])
        # A text with chars but no \w word (or vice versa) has one empty block: renormalise.
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return (out / norms).astype(np.float32, copy=False)
