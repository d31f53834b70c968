"""Detectors on pathological inputs stay linear: the work they do is counted, not timed (a
20,000-character unpunctuated pair once took minutes in DL+ and seconds of model time in SL+)."""
from __future__ import annotations

import random

from analysis.strategies import detect_all, dl
from analysis.types import AUTOMATIC_CODES, AlignmentGroup, Document, Paragraph, Sentence

_VOCAB = ["relatório", "comissão", "prefeito", "escola", "centro", "computadores",
          "entregue", "recebeu", "cidade", "governo", "projeto", "reforma"]


def _one_sentence_doc(text: str, prefix: str) -> Document:
    return Document(text, [Paragraph("p1", 0, len(text), False, [f"{prefix}1"])],
                    [Sentence(f"{prefix}1", 0, len(text), "p1", text)])


def _unpunctuated(seed: int, words: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(_VOCAB) for _ in range(words))


def _long_pair(words: int = 1200) -> tuple[Document, Document]:
    return (_one_sentence_doc(_unpunctuated(1, words), "s"),
            _one_sentence_doc(_unpunctuated(2, words), "t"))


def test_dl_fuzzy_moves_key_is_built_once_per_removed_run(monkeypatch):
    """Before: every sub-run of every added run was keyed (cubic in the run's length)."""
    calls = {"n": 0}
    real = dl._key

    def counting(words):
        calls["n"] += 1
        return real(words)

    monkeypatch.setattr(dl, "_key", counting)
    src, tgt = _long_pair()
    detect_all(src, tgt, [AlignmentGroup(["s1"], ["t1"], 0.9)], None, {"DL+"})
    removed_runs = src.text.count(" ") + 1      # an upper bound: one run per word
    assert calls["n"] <= removed_runs


def test_dl_find_key_matches_the_first_run_of_kept_words():
    kept = [(0, "a"), (2, "b"), (3, "c"), (5, "b"), (6, "c")]
    assert dl._find_key(kept, ("b", "c")) == (2, 4)
    assert dl._find_key(kept, ("c", "b", "c")) == (3, 7)
    assert dl._find_key(kept, ("c", "a")) is None


def test_dl_still_finds_a_moved_phrase_that_gained_a_determiner():
    s = _one_sentence_doc("Durante a noite, os vigias percorreram o galpão do porto.", "s")
    t = _one_sentence_doc("Os vigias percorreram o galpão do porto durante toda a noite.", "t")
    dets, _ = detect_all(s, t, [AlignmentGroup(["s1"], ["t1"], 0.9)], None, {"DL+"})
    assert [s.text[a:b] for d in dets for a, b in d.source_spans] == ["Durante a noite"]


class _CountingEncoder:
    """The real model's interface; records what it was asked to encode."""

    name = "counting"
    dim = 8

    def __init__(self) -> None:
        self.texts: list[str] = []

    def encode(self, texts):
        import numpy as np

        self.texts.extend(texts)
        rng = np.random.default_rng(len(self.texts))
        v = rng.normal(size=(len(texts), self.dim)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_sl_asks_no_meaning_similarity_when_no_words_can_pair():
    """Both sides use the same words: SL+ has nothing to pair, so the whole texts (the costly
    part: thousands of characters through the model) are never encoded. So many changes leave
    too little frame for slots, which sends SL+ to its paraphrase level."""
    src, tgt = _long_pair(2300)
    enc = _CountingEncoder()
    detect_all(src, tgt, [AlignmentGroup(["s1"], ["t1"], 0.9)], enc, {"SL+"})
    assert src.text not in enc.texts and tgt.text not in enc.texts


def test_all_detectors_on_a_long_unpunctuated_pair_complete():
    src, tgt = _long_pair()
    dets, failed = detect_all(src, tgt, [AlignmentGroup(["s1"], ["t1"], 0.9)], None, AUTOMATIC_CODES)
    assert failed == []
    assert all(isinstance(d.confidence, float) for d in dets)
