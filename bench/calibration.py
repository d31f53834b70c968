"""Calibrated confidence measured honestly: fit on one part's decisions, judge on another's.

Researchers' decisions are simulated from the gold strategies of the PorSimples productions
(``bench/data/porsimples_strategies.jsonl``, real simplifications) and the long written pairs
(``bench/data/strategies_long.jsonl``): a detection the gold confirms (strict match, as in
``bench/strategies_porsimples.py``) counts as accepted, any other as rejected. The curves are
fitted on the decisions of the tuning part ("dev") and Brier score and expected calibration
error are reported, raw and calibrated, on the decisions of the held-back part only.

Prints a table and a final JSON line. Exits 1 when calibration makes the held-back Brier score
or ECE worse than the raw confidence (the target: never worse, lower where a curve exists).

    .venv/bin/python bench/calibration.py [--model e5]
"""
from __future__ import annotations

import argparse
import json
import sys

from bench.strategies_dev import load
from bench.strategies_porsimples import DATA, key, match, run_engine
from services.calibration import MIN_DECISIONS, Decision, evaluate, fit

LONG = DATA.parent / "strategies_long.jsonl"


def simulated_decisions(rows: list[dict], preds) -> list[Decision]:
    out = []
    for r in rows:
        dets = preds[key(r)]
        pairs, _, _ = match(r, dets)
        right = {id(d) for d, _ in pairs}
        out.extend(Decision(d.code, d.confidence, id(d) in right) for d in dets)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="e5")
    args = ap.parse_args()
    rows = load(DATA) + (load(LONG) if LONG.exists() else [])
    preds = run_engine(rows, args.model)
    fit_part = simulated_decisions([r for r in rows if r.get("split", "dev") == "dev"], preds)
    held_part = simulated_decisions([r for r in rows if r.get("split", "dev") != "dev"], preds)
    calibration = fit(fit_part)
    rep = evaluate(calibration, held_part)
    print(f"decisions simulated from gold: {len(fit_part)} to fit (dev), {len(held_part)} held back")
    print(f"codes with a curve (>= {MIN_DECISIONS} dev decisions, both outcomes): "
          + (", ".join(f"{c} ({v.n_decisions})" for c, v in calibration.curves.items()) or "none"))
    print(f"held back  Brier raw {rep.brier_raw:.4f} -> calibrated {rep.brier_calibrated:.4f}")
    print(f"held back  ECE   raw {rep.ece_raw:.4f} -> calibrated {rep.ece_calibrated:.4f}")
    result = {"bench": "calibration", "data": "porsimples gold + long written pairs; fit on dev, judged on held back",
              "n_fit": len(fit_part), "n_held": len(held_part), "codes": sorted(calibration.curves),
              "brier_raw": round(rep.brier_raw, 4), "brier_calibrated": round(rep.brier_calibrated, 4),
              "ece_raw": round(rep.ece_raw, 4), "ece_calibrated": round(rep.ece_calibrated, 4)}
    ok = rep.brier_calibrated <= rep.brier_raw + 1e-9 and rep.ece_calibrated <= rep.ece_raw + 1e-9
    result["ok"] = ok
    print(json.dumps(result))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
