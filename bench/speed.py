"""Speed and memory of the engine on this machine (final line: JSON with the headline numbers).

Measures, with the model named by --model (default e5):
- CLI cold start to first result: a fresh ``python -m analysis analyze A B --json`` process;
- model load time (in-process, first load);
- warm analysis of a ~500-word pair (texts never seen before: no embedding cache help) and the
  same pair again (cache warm);
- batch throughput: every PorSimples development pair from raw text (236 pairs);
- peak RSS of this process (ru_maxrss) after all of that.
Targets: cold start ≤ 3 s; warm 500-word ≤ 0.5 s; 236 pairs ≤ 60 s; peak RSS ≤ 600 MB.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.porsimples import join_sentences, load_pairs  # noqa: E402


def words(text: str) -> int:
    return len(text.split())


def pair_of_about(pairs, n_words: int, skip: int = 0):
    """The (source, target) raw texts of the pair closest to n_words source words."""
    ranked = sorted(pairs, key=lambda p: abs(words(join_sentences(p.source.sentences)[0]) - n_words))
    p = ranked[skip]
    return join_sentences(p.source.sentences)[0], join_sentences(p.target.sentences)[0]


def cold_start(model: str, source: str, target: str) -> float:
    with tempfile.TemporaryDirectory() as d:
        a, b = Path(d) / "a.txt", Path(d) / "b.txt"
        a.write_text(source, encoding="utf-8")
        b.write_text(target, encoding="utf-8")
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "analysis", "analyze", str(a), str(b), "--json",
                            "--model", model], cwd=ROOT, capture_output=True, text=True)
        elapsed = time.perf_counter() - t0
        if p.returncode != 0:
            raise SystemExit(f"CLI failed: {p.stderr}")
        return elapsed


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="e5")
    ap.add_argument("--limit", type=int, default=None, help="productions (default: all)")
    args = ap.parse_args()

    pairs = load_pairs(limit=args.limit)
    src500, tgt500 = pair_of_about(pairs, 500)
    out: dict[str, object] = {"model": args.model, "pair_words": [words(src500), words(tgt500)]}

    cold = [cold_start(args.model, src500, tgt500) for _ in range(3)]
    out["cli_cold_start_s"] = round(statistics.median(cold), 3)

    from analysis.pipeline import analyze, load_model
    from analysis.types import AnalysisSettings

    t0 = time.perf_counter()
    encoder, info = load_model(args.model)
    out["model_load_s"] = round(time.perf_counter() - t0, 3)
    settings = AnalysisSettings(model=args.model)
    analyze("Uma frase de aquecimento.", "Uma frase de aquecimento.", settings)  # imports, lexicons

    fresh = []
    for skip in range(1, 6):   # five different ~500-word pairs, never seen before
        s, t = pair_of_about(pairs, 500, skip)
        t0 = time.perf_counter()
        analyze(s, t, settings)
        fresh.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    analyze(src500, tgt500, settings)
    first_500 = time.perf_counter() - t0
    t0 = time.perf_counter()
    analyze(src500, tgt500, settings)
    again_500 = time.perf_counter() - t0
    out["warm_500w_fresh_s"] = round(statistics.median(fresh + [first_500]), 3)
    out["warm_500w_fresh_max_s"] = round(max(fresh + [first_500]), 3)
    out["warm_500w_cached_embeddings_s"] = round(again_500, 3)

    corpus = [(join_sentences(p.source.sentences)[0], join_sentences(p.target.sentences)[0])
              for p in pairs]
    t0 = time.perf_counter()
    n_det = 0
    for s, t in corpus:
        n_det += len(analyze(s, t, settings).strategies)
    batch = time.perf_counter() - t0
    out["batch_pairs"] = len(corpus)
    out["batch_s"] = round(batch, 2)
    out["batch_pairs_per_s"] = round(len(corpus) / batch, 2)
    out["batch_detections"] = n_det
    # worst legal input we know: one 20,000-character "sentence" without punctuation on each
    # side, drawn from the same dozen words (nearly all of it changed, every word shared)
    vocab = list(dict.fromkeys(w.lower() for w in re.findall(r"[^\W\d_]{4,}", src500)))[:12]
    rng = random.Random(0)

    def unpunctuated() -> str:
        text = ""
        while len(text) < 20_000:
            text += " " + rng.choice(vocab)
        return text.strip()[:20_000].rsplit(" ", 1)[0]

    t0 = time.perf_counter()
    analyze(unpunctuated(), unpunctuated(), settings)
    out["worst_20k_chars_unpunctuated_s"] = round(time.perf_counter() - t0, 2)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["targets_met"] = {
        "cli_cold_start_le_3s": out["cli_cold_start_s"] <= 3,
        "warm_500w_le_0.5s": out["warm_500w_fresh_s"] <= 0.5,
        "batch_236_le_60s": batch <= 60 or len(corpus) < 236,
        "peak_rss_le_600mb": out["peak_rss_mb"] <= 600,
    }
    for k, v in out.items():
        if k != "targets_met":
            print(f"{k:32} {v}")
    print(json.dumps(out))
    missed = [k for k, ok in out["targets_met"].items() if not ok]
    if missed:
        print(f"targets missed: {', '.join(missed)}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
