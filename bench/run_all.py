"""Run the quality and speed benchmarks and write their headline numbers to bench/results.json.

The "Sobre" page shows that file, so what the app claims about its accuracy is always what a
benchmark measured, with the date and machine it was measured on. Each benchmark prints its
headline numbers as its final JSON line; this script keeps only those lines.

    .venv/bin/python bench/run_all.py            # alignment, strategies, segmentation, speed
    .venv/bin/python bench/run_all.py --quick    # skip the speed benchmark
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results.json"

BENCHES = {
    "alignment": ["bench/align_porsimples.py"],
    "strategies": ["bench/strategies_dev.py"],
    "segmentation": ["bench/segment_porsimples.py"],
    "speed": ["bench/speed.py"],
}

#: what the Sobre page shows of each benchmark's final line (everything else stays in the logs)
KEEP = {
    "alignment": ["pairs", "link_f1", "split_f1", "raw_link_f1", "stress_insertion_pr",
                  "stress_omission_pr"],
    "strategies": ["dev_pairs", "dev_macro_f1", "dev_micro_precision", "dev_micro_recall",
                   "heldout_pairs", "heldout_macro_f1", "heldout_micro_precision",
                   "heldout_micro_recall", "dev_unchanged_fp"],
    "segmentation": ["texts", "netest_segment", "punkt_pt"],
    "speed": ["cli_cold_start_s", "warm_500w_fresh_s", "batch_pairs", "batch_s", "peak_rss_mb"],
}


def last_json_line(text: str) -> dict:
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError("no JSON line")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the speed benchmark")
    args = ap.parse_args()
    results: dict[str, object] = {
        "measured_on": dt.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "data": "PorSimples (desenvolvimento) e bench/data/strategies_dev.jsonl",
    }
    for name, cmd in BENCHES.items():
        if args.quick and name == "speed":
            continue
        p = subprocess.run([sys.executable, *cmd], cwd=ROOT, capture_output=True, text=True)
        if p.returncode != 0:
            print(f"{name}: failed\n{p.stderr[-2000:]}", file=sys.stderr)
            continue
        line = last_json_line(p.stdout)
        results[name] = {k: line[k] for k in KEEP[name] if k in line}
        print(name, json.dumps(results[name], ensure_ascii=False))
    OUT.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"written": str(OUT.relative_to(ROOT)), "benchmarks": [k for k in BENCHES if k in results]}))


if __name__ == "__main__":
    main()
