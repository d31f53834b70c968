"""Speed of an alignment correction (``analysis.realign``) against a full analysis, with the
real e5 model, on PorSimples development pairs (final line: JSON with the headline numbers).

For each ORI->NAT pair: a full ``analyze`` (timed), then one correction a researcher might make
(merge the first two groups that have source sentences): ``corrected_groups`` + ``redetect``
(timed). Run with PORSIMPLES_DIR pointing at the PorSimples data (see bench/porsimples.py). Re-detection runs only on the changed groups, so a correction should cost a
fraction of the analysis. Target: median correction time ≤ 50% of the median analysis time.
The machine may be shared: the numbers are this run's, not a guarantee.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.pipeline import analyze, load_model  # noqa: E402
from analysis.realign import Correction, corrected_groups, redetect  # noqa: E402
from bench.porsimples import join_sentences, load_pairs  # noqa: E402

TARGET_RATIO = 0.5


def a_correction(result) -> Correction:  # noqa: ANN001 - AnalysisResult
    """Merge the first two consecutive groups that both have source sentences."""
    groups = [g for g in result.alignments if g.source]
    a, b = groups[0], groups[1]
    return Correction("merge", tuple(a.source + b.source), tuple(a.target + b.target))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=40, help="ORI->NAT development pairs to use")
    args = ap.parse_args(argv)
    encoder, info = load_model("e5")
    pairs = [p for p in load_pairs() if p.level == "ORI->NAT"][: args.pairs]
    full, corr, changed, groups_n = [], [], [], []
    for p in pairs:
        src, tgt = join_sentences(p.source.sentences)[0], join_sentences(p.target.sentences)[0]
        t0 = time.perf_counter()
        result = analyze(src, tgt, encoder=encoder, model_info=info)
        full.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        red = redetect(result, corrected_groups(result, a_correction(result)), encoder)
        corr.append(time.perf_counter() - t0)
        changed.append(len(red.changed))
        groups_n.append(len(result.alignments))
    med_full, med_corr = statistics.median(full), statistics.median(corr)
    ratio = med_corr / med_full
    print(f"pairs: {len(pairs)} (PorSimples dev, ORI->NAT), groups per pair: median {statistics.median(groups_n)}")
    print(f"full analysis: median {med_full * 1000:.0f} ms")
    print(f"one correction (merge of two groups, re-detection of {statistics.median(changed):.0f} group): "
          f"median {med_corr * 1000:.0f} ms, max {max(corr) * 1000:.0f} ms")
    print(f"ratio correction/analysis: {ratio:.2f} (target ≤ {TARGET_RATIO})")
    print(json.dumps({"bench": "realign", "pairs": len(pairs), "median_analysis_ms": round(med_full * 1000, 1),
                      "median_correction_ms": round(med_corr * 1000, 1), "max_correction_ms": round(max(corr) * 1000, 1),
                      "ratio": round(ratio, 3), "target_ratio": TARGET_RATIO, "ok": ratio <= TARGET_RATIO}))
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
