"""Detections on the probe texts, for a person to judge: no gold, development data only.

``bench/data/probes.jsonl`` holds realistic pairs written for the purpose (health leaflets,
essays, a law turned into a list, news, and one-sentence pairs full of connective look-alikes,
moves, glosses and voice changes). They were used to *find* false alarms while tuning, so they
are development data and say nothing about held-back precision. This script runs the real
engine (every automatic code on, OM+ included) and prints each detection other than RP+ with
its evidence, for a reviewer to mark right or wrong; then one final JSON line with the counts
per code.

    .venv/bin/python bench/probes.py [--data bench/data/probes.jsonl]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.types import AUTOMATIC_CODES, AnalysisSettings  # noqa: E402

DATA = ROOT / "bench" / "data" / "probes.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    from analysis.pipeline import analyze

    settings = AnalysisSettings(strategies=AUTOMATIC_CODES)
    counts: Counter[str] = Counter()
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    for n, r in enumerate(rows):
        s, t = r["source"], r["target"]
        for d in analyze(s, t, settings).strategies:
            if d.code == "RP+":
                continue
            counts[d.code] += 1
            ss = " | ".join(s[a:b] for a, b in d.source_spans)
            ts = " | ".join(t[a:b] for a, b in d.target_spans)
            print(f"{n}\t{r['genre']}\t{d.code}\t«{ss[:90]}» → «{ts[:90]}»")
    print(json.dumps({"bench": "probes", "pairs": len(rows), "detections": dict(sorted(counts.items())),
                      "judged": "by hand only: no gold"}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
