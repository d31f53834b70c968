"""bench/probes.py lists the detections of the probe texts (no gold) and ends with one JSON line
of counts; the data file it reads by default is well formed."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_probe_file_holds_pairs_with_a_genre():
    rows = [json.loads(line) for line in (ROOT / "bench" / "data" / "probes.jsonl").open(encoding="utf-8")]
    assert len(rows) >= 30
    assert all(r["source"].strip() and r["target"].strip() and r["genre"] for r in rows)


def test_the_script_lists_detections_and_ends_with_its_counts(tmp_path):
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps({"genre": "test", "source": "Embora chovesse muito, a festa aconteceu na praça.",
                                "target": "Choveu muito, mas a festa aconteceu na praça."}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "probes.py"), "--data", str(data)],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip().splitlines()
    last = json.loads(out[-1])
    assert last["pairs"] == 1 and last["detections"].get("RD+", 0) >= 1
    assert any("\tRD+\t" in line and "Embora" in line for line in out[:-1])
