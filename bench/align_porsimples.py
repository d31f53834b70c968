"""Alignment benchmark on the PorSimples development split (ORI->NAT and NAT->STR).

Usage::

    .venv/bin/python -m bench.align_porsimples [--model e5|lexical] [--limit N] [--no-raw]
        [--no-stress] [--no-cache] [--errors N]

Measures, per level, with gold sentences in (Documents rebuilt from the corpus sentences) and
with raw text in (the same text re-segmented by ``analysis.segment.segment``):

* link precision / recall / F1 — gold links are (source sentence, target sentence) pairs;
  predicted links are all pairs inside each alignment group;
* split F1 — source sentences with >= 2 gold targets vs. with >= 2 predicted targets;
* merges — target sentences with >= 2 sources (gold, predicted, correct);
* omissions / insertions — unlinked source / target sentences (P, R, counts).

A third table ("perturbed") reruns the gold-sentence pairs after inserting one sentence of
another production into each target and removing one target sentence of a 1:1 link: PorSimples
has almost no insertions or omissions, so this is what checks the "no match" threshold.

For raw text, each predicted sentence is mapped to the gold sentences it covers (a gold sentence
belongs to the predicted sentence holding most of its characters) and predicted links are
scored through that map.

Sentence vectors are encoded once per distinct text (timed as ``encode_s``) and kept in
``bench/out/<model>_vectors.npz`` so reruns only time the engine. Prints per-level tables and,
last, one JSON line with the headline numbers.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.align import align  # noqa: E402
from analysis.types import AlignmentGroup, Document  # noqa: E402
from bench.porsimples import (  # noqa: E402
    Pair,
    Text,
    gold_document,
    join_sentences,
    load_pairs,
    unique_sentences,
)

OUT = ROOT / "bench" / "out"


class VectorStore:
    """Encoder wrapper with a text -> vector dict persisted to disk (benchmarks only)."""

    def __init__(self, inner, path: Path | None) -> None:
        self.inner = inner
        self.name = inner.name
        self.path = path
        self.rows: dict[str, np.ndarray] = {}
        self.encode_seconds = 0.0
        if path is not None and path.exists():
            data = np.load(path, allow_pickle=False)
            for t, v in zip(data["texts"].tolist(), data["vectors"], strict=True):
                self.rows[t] = v

    def encode(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self.rows))
        if missing:
            t0 = time.perf_counter()
            vecs = np.asarray(self.inner.encode(missing), dtype=np.float32)
            self.encode_seconds += time.perf_counter() - t0
            self.rows.update(zip(missing, vecs, strict=True))
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self.rows[t] for t in texts])

    def save(self) -> None:
        if self.path is None or not self.rows:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        texts = list(self.rows)
        np.savez(self.path, texts=np.array(texts), vectors=np.stack([self.rows[t] for t in texts]))


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: set, gold: set) -> None:
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class LevelScore:
    links: Tally = field(default_factory=Tally)
    splits: Tally = field(default_factory=Tally)
    merges: Tally = field(default_factory=Tally)
    omissions: Tally = field(default_factory=Tally)
    insertions: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)


def _structure(links: set[tuple[int, int]], n: int, m: int):
    sc = Counter(i for i, _ in links)
    tc = Counter(j for _, j in links)
    splits = {i for i, c in sc.items() if c >= 2}
    merges = {j for j, c in tc.items() if c >= 2}
    omitted = {i for i in range(n) if i not in sc}
    added = {j for j in range(m) if j not in tc}
    return splits, merges, omitted, added


def score_pair(sc: LevelScore, pred: set[tuple[int, int]], pair: Pair, raw: bool = False) -> None:
    n, m = len(pair.source.sentences), len(pair.target.sentences)
    sc.links.add(pred, pair.links)
    g = _structure(pair.links, n, m)
    p = _structure(pred, n, m)
    for tally, a, b in zip((sc.splits, sc.merges, sc.omissions, sc.insertions), p, g, strict=True):
        tally.add(a, b)
    if pred != pair.links and len(sc.errors) < 400:
        sc.errors.append(f"{pair.name}{' raw' if raw else ''}: missed {sorted(pair.links - pred)} "
                         f"extra {sorted(pred - pair.links)}")


def group_links(groups: list[AlignmentGroup], src: Document, tgt: Document) -> set[tuple[int, int]]:
    si = {s.id: k for k, s in enumerate(src.sentences)}
    ti = {t.id: k for k, t in enumerate(tgt.sentences)}
    return {(si[a], ti[b]) for g in groups for a in g.source for b in g.target}


def gold_owner(doc: Document, gold_spans: list[tuple[int, int]]) -> dict[int, int]:
    """Gold sentence index -> index of the predicted sentence holding most of its characters."""
    owner: dict[int, int] = {}
    for gi, (a, b) in enumerate(gold_spans):
        best, best_ov = -1, 0
        for pi, s in enumerate(doc.sentences):
            ov = min(b, s.end) - max(a, s.start)
            if ov > best_ov:
                best, best_ov = pi, ov
        if best >= 0:
            owner[gi] = best
    return owner


def raw_links(groups, src: Document, tgt: Document, src_spans, tgt_spans) -> set[tuple[int, int]]:
    """Predicted links on raw text, expressed as gold sentence index pairs."""
    pred_pairs = group_links(groups, src, tgt)
    s_owner, t_owner = gold_owner(src, src_spans), gold_owner(tgt, tgt_spans)
    s_members: dict[int, list[int]] = {}
    t_members: dict[int, list[int]] = {}
    for gi, pi in s_owner.items():
        s_members.setdefault(pi, []).append(gi)
    for gj, pj in t_owner.items():
        t_members.setdefault(pj, []).append(gj)
    return {(a, b) for pi, pj in pred_pairs for a in s_members.get(pi, ()) for b in t_members.get(pj, ())}


def perturb(pair: Pair, donor: Pair, rng: random.Random) -> Pair:
    """A harder copy of ``pair``: one target sentence of another production inserted at a random
    place (a true insertion) and one target sentence of a 1:1 link removed (a true omission).

    PorSimples has almost no insertions or omissions, so this is how the "no match" threshold
    is checked against the errors it exists to catch.
    """
    tgt = list(pair.target.sentences)
    links = set(pair.links)
    by_t = Counter(j for _, j in links)
    by_s = Counter(i for i, _ in links)
    one_to_one = [(i, j) for i, j in sorted(links) if by_s[i] == 1 and by_t[j] == 1]
    if one_to_one and len(tgt) > 1:
        i_drop, j_drop = rng.choice(one_to_one)
        del tgt[j_drop]
        links = {(i, j - (j > j_drop)) for i, j in links if j != j_drop}
    foreign = rng.choice(donor.target.sentences)[1]
    at = rng.randrange(len(tgt) + 1)
    par = tgt[at - 1][0] if at > 0 else (tgt[0][0] if tgt else 1)
    tgt.insert(at, (par, foreign))
    links = {(i, j + (j >= at)) for i, j in links}
    target = Text(pair.target.production_id, pair.target.level, pair.target.text_id,
                  sentences=tgt)
    return Pair(pair.production_id, pair.level, pair.source, target, links)


def table(title: str, scores: dict[str, LevelScore]) -> str:
    lines = [f"\n== {title} ==",
             f"{'level':10} {'link P':>7} {'link R':>7} {'link F1':>7} {'split F1':>8} "
             f"{'merge g/p/ok':>13} {'omit P/R (g/p)':>20} {'ins P/R (g/p)':>20}"]
    for lvl, s in scores.items():
        def pr(t: Tally) -> str:
            return f"{t.p:.2f}/{t.r:.2f} ({t.tp + t.fn}/{t.tp + t.fp})"
        lines.append(
            f"{lvl:10} {s.links.p:7.4f} {s.links.r:7.4f} {s.links.f1:7.4f} {s.splits.f1:8.4f} "
            f"{s.merges.tp + s.merges.fn:>4}/{s.merges.tp + s.merges.fp:>3}/{s.merges.tp:>3} "
            f"{pr(s.omissions):>20} {pr(s.insertions):>20}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="e5", help="e5 | lexical (any NETEST_MODEL spec)")
    ap.add_argument("--limit", type=int, default=None, help="first N productions only")
    ap.add_argument("--no-raw", action="store_true", help="skip the raw-text evaluation")
    ap.add_argument("--no-cache", action="store_true", help="do not read/write bench/out vectors")
    ap.add_argument("--no-stress", action="store_true",
                    help="skip the perturbed run (one foreign sentence in, one sentence out)")
    ap.add_argument("--errors", type=int, default=0, help="print the first N wrong pairs")
    args = ap.parse_args(argv)

    pairs = load_pairs(limit=args.limit)
    encoder = None
    store = None
    if args.model != "lexical":
        from models.loader import get_encoder

        loaded = get_encoder(args.model)
        if loaded.fallback:
            print(f"model {args.model!r} unavailable: {loaded.notice}", file=sys.stderr)
        cache = None if args.no_cache else OUT / f"{args.model.replace(':', '_').replace('/', '_')}_vectors.npz"
        store = VectorStore(loaded.encoder, cache)
        encoder = store
        store.encode(unique_sentences(pairs))

    levels = sorted({p.level for p in pairs}, key=lambda x: x != "ORI->NAT")
    gold_scores = {lvl: LevelScore() for lvl in levels}
    t0 = time.perf_counter()
    for pair in pairs:
        src = gold_document(pair.source.sentences, "source")
        tgt = gold_document(pair.target.sentences, "target")
        groups = align(src, tgt, encoder)
        score_pair(gold_scores[pair.level], group_links(groups, src, tgt), pair)
    align_gold_s = time.perf_counter() - t0

    stress_scores: dict[str, LevelScore] = {}
    if not args.no_stress:
        rng = random.Random(2024)
        stress_scores = {lvl: LevelScore() for lvl in levels}
        for k, pair in enumerate(pairs):
            donor = pairs[(k + len(pairs) // 2) % len(pairs)]
            hard = perturb(pair, donor, rng)
            src = gold_document(hard.source.sentences, "source")
            tgt = gold_document(hard.target.sentences, "target")
            groups = align(src, tgt, encoder)
            score_pair(stress_scores[pair.level], group_links(groups, src, tgt), hard)

    raw_scores: dict[str, LevelScore] = {}
    align_raw_s = segment_s = 0.0
    if not args.no_raw:
        from analysis.segment import segment

        raw_scores = {lvl: LevelScore() for lvl in levels}
        docs = []
        t0 = time.perf_counter()
        for pair in pairs:
            s_text, s_spans = join_sentences(pair.source.sentences)
            t_text, t_spans = join_sentences(pair.target.sentences)
            docs.append((segment(s_text, "source"), segment(t_text, "target"), s_spans, t_spans))
        segment_s = time.perf_counter() - t0
        if store is not None:   # encode new sentence texts produced by our own segmentation
            store.encode(list(dict.fromkeys(s.text for d in docs for doc in d[:2] for s in doc.sentences)))
        t0 = time.perf_counter()
        for pair, (src, tgt, s_spans, t_spans) in zip(pairs, docs, strict=True):
            groups = align(src, tgt, encoder)
            score_pair(raw_scores[pair.level], raw_links(groups, src, tgt, s_spans, t_spans), pair, raw=True)
        align_raw_s = time.perf_counter() - t0
    if store is not None:
        store.save()

    print(f"PorSimples dev: {len(pairs)} pairs, model={args.model}"
          + (f" ({encoder.name})" if encoder is not None else ""))
    print(table("gold sentences in", gold_scores))
    if stress_scores:
        print(table("gold sentences, perturbed (+1 foreign sentence, -1 target sentence per pair)",
                    stress_scores))
    if raw_scores:
        print(table("raw text in (own segmentation)", raw_scores))
    if args.errors:
        print("\n-- wrong pairs (gold) --")
        for lvl in levels:
            for e in gold_scores[lvl].errors[: args.errors]:
                print(e)
        if raw_scores:
            print("-- wrong pairs (raw) --")
            for lvl in levels:
                for e in raw_scores[lvl].errors[: args.errors]:
                    print(e)

    def r4(x: float) -> float:
        return round(x, 4)

    headline = {
        "bench": "align_porsimples", "model": args.model, "pairs": len(pairs),
        "link_f1": {lvl: r4(s.links.f1) for lvl, s in gold_scores.items()},
        "split_f1": {lvl: r4(s.splits.f1) for lvl, s in gold_scores.items()},
        "omission_f1": {lvl: r4(s.omissions.f1) for lvl, s in gold_scores.items()},
        "insertion_f1": {lvl: r4(s.insertions.f1) for lvl, s in gold_scores.items()},
        "stress_insertion_pr": {lvl: [r4(s.insertions.p), r4(s.insertions.r)]
                                for lvl, s in stress_scores.items()},
        "stress_omission_pr": {lvl: [r4(s.omissions.p), r4(s.omissions.r)]
                               for lvl, s in stress_scores.items()},
        "stress_link_f1": {lvl: r4(s.links.f1) for lvl, s in stress_scores.items()},
        "raw_link_f1": {lvl: r4(s.links.f1) for lvl, s in raw_scores.items()},
        "raw_split_f1": {lvl: r4(s.splits.f1) for lvl, s in raw_scores.items()},
        "align_gold_s": round(align_gold_s, 3), "align_raw_s": round(align_raw_s, 3),
        "align_ms_per_pair": round(1000 * align_gold_s / max(len(pairs), 1), 2),
        "segment_s": round(segment_s, 3),
        "encode_s": round(store.encode_seconds, 2) if store is not None else 0.0,
    }
    print(json.dumps(headline, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
