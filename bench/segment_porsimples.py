"""Sentence-boundary F1 of analysis.segment on PorSimples dev, against baselines.

Each text is rebuilt from its gold sentences (space within a paragraph, blank line between
paragraphs, see bench/porsimples.py); boundaries inside paragraphs are scored (paragraph starts
are free). Final line: JSON with every splitter's F1. ``-v`` lists our errors.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import punkt  # noqa: E402

from analysis.segment import segment  # noqa: E402
from bench.porsimples import join_sentences, load_texts  # noqa: E402


def gold_boundaries(sentences: list[tuple[int, str]]) -> tuple[str, set[int], set[int]]:
    """Raw text, sentence starts inside paragraphs, and paragraph starts."""
    text, spans = join_sentences(sentences)
    inside, para_starts = set(), {0}
    for k in range(1, len(spans)):
        (start, _), prev_par, par = spans[k], sentences[k - 1][0], sentences[k][0]
        (para_starts if par != prev_par else inside).add(start)
    return text, inside, para_starts


def score(splitter, texts) -> tuple[dict, list[tuple[str, str]]]:
    tp = fp = fn = 0
    errors: list[tuple[str, str]] = []
    t0 = time.perf_counter()
    for sentences in texts:
        text, gold, para_starts = gold_boundaries(sentences)
        pred = set(splitter(text)) - para_starts
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        for o in sorted(pred ^ gold):
            errors.append(("FP" if o in pred else "FN", text[max(0, o - 40):o] + " || " + text[o:o + 30]))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn,
            "sec": round(time.perf_counter() - t0, 2)}, errors


def punkt_splitter(prefixes: bool):
    tok = punkt.tokenizer_for("portuguese", prefixes=prefixes)
    return lambda text: [a for a, _ in tok.span_tokenize(text)]


def ours(text: str) -> list[int]:
    return [s.start for s in segment(text).sentences]


def regex_naive(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"[.!?…]+[\"”»')]*\s+(?=[\"“«(—–-]*[A-ZÀ-Ú0-9])", text)]


def main() -> None:
    texts = [t.sentences for t in load_texts().values()]
    results = {}
    for name, fn in [("punkt_pt", punkt_splitter(False)), ("punkt_pt_prefixes", punkt_splitter(True)),
                     ("regex_naive", regex_naive), ("netest_segment", ours)]:
        r, errors = score(fn, texts)
        results[name] = r
        print(name, r, file=sys.stderr)
        if "-v" in sys.argv and name == "netest_segment":
            for e in errors:
                print("   ", e, file=sys.stderr)
    ours_r = results["netest_segment"]
    print(json.dumps({"texts": len(texts), "gold_boundaries_within_paragraphs": ours_r["tp"] + ours_r["fn"],
                      **{k: v["f1"] for k, v in results.items()}, "netest_segment_detail": ours_r}))


if __name__ == "__main__":
    main()
