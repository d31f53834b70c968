"""Three levels on PorSimples: original -> natural -> strong as one record, alignment per step.

Each production's three texts go through ``analysis.levels.analyze_levels`` (gold sentences in:
one sentence per line, ``presegmented``), and each step's alignment is scored against PorSimples'
gold links for that step (ORI->NAT, NAT->STR): link precision/recall/F1, where a predicted link is
every (source, target) sentence pair inside one alignment group. Also reports how many original
sentences the chain follows to the strong level, and how many vanish (omitted at some step).

Prints per-step numbers and a final JSON line; exits 1 when a step's link F1 is under 0.95.

    .venv/bin/python bench/levels_porsimples.py [--limit N] [--model e5]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from functools import partial

from analysis.levels import analyze_levels
from analysis.pipeline import analyze, load_model
from analysis.types import AnalysisSettings
from bench.porsimples import DEFAULT_ROOT, load_pairs

MIN_F1 = 0.95


def presegmented(sentences: list[tuple[int, str]]) -> str:
    """One sentence per line, a blank line between paragraphs (the CLI's presegmented form)."""
    lines, last = [], None
    for para, text in sentences:
        if last is not None and para != last:
            lines.append("")
        lines.append(text)
        last = para
    return "\n".join(lines)


def links_of(result) -> set[tuple[int, int]]:
    return {(int(s[1:]) - 1, int(t[1:]) - 1) for g in result.alignments for s in g.source for t in g.target}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--model", default="e5")
    args = ap.parse_args()
    pairs = load_pairs(DEFAULT_ROOT)
    by_prod: dict[int, dict[str, object]] = {}
    for p in pairs:
        by_prod.setdefault(p.production_id, {})[p.level] = p
    prods = [v for v in by_prod.values() if len(v) == 2][: args.limit]
    settings = AnalysisSettings(model=args.model, presegmented=True)
    encoder, info = load_model(args.model)
    run = partial(analyze, settings=settings, encoder=encoder, model_info=info)
    tp = {"ORI->NAT": 0, "NAT->STR": 0}
    n_pred, n_gold = dict(tp), dict(tp)
    followed = vanished = 0
    t0 = time.perf_counter()
    for v in prods:
        a, b = v["ORI->NAT"], v["NAT->STR"]
        texts = [presegmented(a.source.sentences), presegmented(a.target.sentences), presegmented(b.target.sentences)]
        res = analyze_levels(texts, run, names=["ORI", "NAT", "STR"])
        for step, pair in zip(res.steps, (a, b), strict=True):
            pred = links_of(step)
            tp[pair.level] += len(pred & pair.links)
            n_pred[pair.level] += len(pred)
            n_gold[pair.level] += len(pair.links)
        for row in res.chain:
            followed += bool(row.steps[-1].sentences)
            vanished += not row.steps[-1].sentences
    out = {"bench": "levels_porsimples", "data": "PorSimples development split (real), gold sentences in",
           "productions": len(prods), "seconds": round(time.perf_counter() - t0, 1),
           "chain_followed_to_strong": followed, "chain_vanished": vanished}
    ok = True
    for level in tp:
        p = tp[level] / n_pred[level] if n_pred[level] else 0.0
        r = tp[level] / n_gold[level] if n_gold[level] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        ok &= f1 >= MIN_F1
        print(f"{level}: link P {p:.3f} R {r:.3f} F1 {f1:.3f} ({n_gold[level]} gold links)")
        out[f"{level}_link_f1"] = round(f1, 4)
    print(f"{len(prods)} productions; original sentences followed to the strong level: {followed}, vanished: {vanished}")
    out["ok"] = ok
    print(json.dumps(out))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
