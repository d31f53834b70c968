"""Strategy detection on the hand-written development set (bench/data/strategies_dev.jsonl).

Runs the full engine (``analysis.pipeline.analyze``: segmentation, alignment with the real
encoder, detection) on every pair and scores pair-level labels: a code predicted anywhere on a
pair counts once, against the pair's gold code list. Prints per-code precision/recall/F1,
macro F1, false positives on unchanged pairs, separately for the tuning part ("dev") and the
held-back quarter ("heldout"), then one final JSON line with the headline numbers.

    .venv/bin/python bench/strategies_dev.py [--split dev|heldout|all] [--model e5|lexical] [-v]
        [--long]   # also the long written pairs of strategies_long.jsonl, as their own section
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.types import AUTOMATIC_CODES, AnalysisSettings  # noqa: E402

DATA = ROOT / "bench" / "data" / "strategies_dev.jsonl"
#: longer pairs written for the purpose (essay, heavy summary, law -> list, health leaflet)
LONG = ROOT / "bench" / "data" / "strategies_long.jsonl"


def load(path: Path = DATA) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _analyze_fn(model: str = "e5"):
    """analysis.pipeline.analyze when available; otherwise segment + align + detect_all."""
    try:
        from analysis.pipeline import analyze

        settings = AnalysisSettings(model=model)
        return lambda s, t: {d.code for d in analyze(s, t, settings).strategies}, "pipeline"
    except ImportError:
        from analysis.align import align
        from analysis.segment import segment
        from analysis.strategies import detect_all
        from models.loader import get_encoder

        enc = get_encoder(model)

        def run(s: str, t: str) -> set[str]:
            sd, td = segment(s, "source"), segment(t, "target")
            dets, _ = detect_all(sd, td, align(sd, td, enc), enc, AUTOMATIC_CODES)
            return {d.code for d in dets}

        return run, "segment+align+detect_all"


def score(rows: list[dict], preds: dict[str, set[str]]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    unchanged_fp = 0
    n_unchanged = 0
    for r in rows:
        gold, pred = set(r["codes"]), preds[r["id"]]
        for c in pred & gold:
            tp[c] += 1
        for c in pred - gold:
            fp[c] += 1
        for c in gold - pred:
            fn[c] += 1
        if not gold:
            n_unchanged += 1
            unchanged_fp += len(pred)
    per = {}
    for c in AUTOMATIC_CODES:
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else None
        rc = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else None
        f1 = (2 * p * rc / (p + rc) if p and rc else 0.0) if p is not None and rc is not None else None
        per[c] = {"tp": tp[c], "fp": fp[c], "fn": fn[c], "precision": p, "recall": rc, "f1": f1}
    f1s = [v["f1"] for v in per.values() if v["f1"] is not None]
    tps, fps, fns = sum(tp.values()), sum(fp.values()), sum(fn.values())
    return {
        "per_code": per,
        "macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "micro_precision": tps / (tps + fps) if tps + fps else 0.0,
        "micro_recall": tps / (tps + fns) if tps + fns else 0.0,
        "unchanged_pairs": n_unchanged,
        "unchanged_false_positives": unchanged_fp,
        "pairs": len(rows),
    }


def _fmt(x) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def report(name: str, s: dict) -> None:
    print(f"\n== {name}: {s['pairs']} pairs ==")
    print(f"{'code':5} {'P':>5} {'R':>5} {'F1':>5}   tp  fp  fn")
    for c, v in s["per_code"].items():
        print(f"{c:5} {_fmt(v['precision'])} {_fmt(v['recall'])} {_fmt(v['f1'])}  "
              f"{v['tp']:3} {v['fp']:3} {v['fn']:3}")
    print(f"macro F1 {s['macro_f1']:.3f}  micro P {s['micro_precision']:.3f}  "
          f"micro R {s['micro_recall']:.3f}  false positives on {s['unchanged_pairs']} unchanged "
          f"pairs: {s['unchanged_false_positives']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong pair")
    ap.add_argument("--model", default="e5", help="NETEST_MODEL value (e5, e5-enpt, lexical...)")
    ap.add_argument("--long", action="store_true",
                    help="also score bench/data/strategies_long.jsonl, reported as its own section")
    args = ap.parse_args()
    rows = load()
    long_rows = load(LONG) if args.long else []
    if args.split != "all":
        rows = [r for r in rows if r.get("split", "dev") == args.split]
        long_rows = [r for r in long_rows if r.get("split", "dev") == args.split]
    run, how = _analyze_fn(args.model)
    t0 = time.perf_counter()
    preds = {}
    for r in rows + long_rows:
        preds[r["id"]] = run(r["source"], r["target"]) - {"PRO+"}
    elapsed = time.perf_counter() - t0
    if args.verbose:
        for r in rows:
            gold, pred = set(r["codes"]), preds[r["id"]]
            if gold != pred:
                print(f"{r['id']} gold={sorted(gold)} pred={sorted(pred)}\n   S: {r['source']!r}\n   T: {r['target']!r}")
    out = {"bench": "strategies_dev", "runner": how, "model": args.model, "seconds": round(elapsed, 2),
           "ms_per_pair": round(1000 * elapsed / max(1, len(rows)), 1)}
    for split in ("dev", "heldout"):
        part = [r for r in rows if r.get("split", "dev") == split]
        if not part:
            continue
        s = score(part, preds)
        report(split, s)
        out[f"{split}_pairs"] = s["pairs"]
        out[f"{split}_macro_f1"] = round(s["macro_f1"], 3)
        out[f"{split}_micro_precision"] = round(s["micro_precision"], 3)
        out[f"{split}_micro_recall"] = round(s["micro_recall"], 3)
        out[f"{split}_unchanged_fp"] = s["unchanged_false_positives"]
    if len({r.get("split", "dev") for r in rows}) > 1:
        s = score(rows, preds)
        report("all", s)
        out["all_macro_f1"] = round(s["macro_f1"], 3)
    for split in ("dev", "heldout"):
        part = [r for r in long_rows if r.get("split", "dev") == split]
        if part:
            s = score(part, preds)
            report(f"long written pairs, {split}", s)
            out[f"long_{split}_pairs"] = s["pairs"]
            out[f"long_{split}_macro_f1"] = round(s["macro_f1"], 3)
            out[f"long_{split}_micro_precision"] = round(s["micro_precision"], 3)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
