"""How the batch scales: pairs per second with 1 and 2 local workers and on a 2-worker Dask
``LocalCluster``, on the PorSimples development pairs from raw text (final line: JSON).

Each mode runs the same input through ``analysis.batch.run_batch`` (what ``python -m analysis
batch`` runs) with the model named by --model (default e5):

* ``1``     — ``--workers 1``: in this process (model loaded before timing);
* ``2``     — ``--workers 2``: two local worker processes;
* ``dask2`` — ``--dask local --workers 2``: a 2-worker ``LocalCluster``, same per-pair code.

Two rates per mode: ``wall`` (all pairs / whole run, start-up of workers or cluster included:
what a researcher waits) and ``steady`` (pairs after each worker's first one / the time after
it: start-up and first-pair lexicon loading excluded, which is what matters for 100,000 pairs).
Scaling efficiency = steady(2) / (2 × steady(1)); Dask overhead per pair =
1/steady(dask2) − 1/steady(2), in ms. The three outputs are also compared (equal lines except
``timings``).

Targets (2 cores): 2 local workers ≥ 1.1× one worker — one worker already runs the encoder
on every core (OpenMP), so extra processes only parallelise the Python parts; what this guards
is oversubscription (2 workers × 2 threads made the batch 2.4× slower before threads were split); Dask ≤ 25 ms overhead
per pair (≈10 % of a PorSimples pair); identical outputs. Timings on a machine shared with other
work are disturbed: say so when quoting the numbers.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.batch import BatchConfig, Done, Task, run_batch  # noqa: E402
from analysis.batch.dask_backend import DaskBackend  # noqa: E402
from analysis.batch.pool import InProcess, LocalPool  # noqa: E402
from bench.porsimples import join_sentences, load_pairs  # noqa: E402

TIMINGS = re.compile(r'"timings": \{[^{}]*\}')


class Stamped:
    """Wraps an executor and records when each pair comes back."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.stamps: list[float] = []

    @property
    def workers_started(self) -> int:
        return self.inner.workers_started

    @property
    def description(self) -> str:
        return self.inner.description

    @property
    def capacity(self) -> int:
        return self.inner.capacity

    def run(self, tasks: Iterator[Task], may_submit: Callable[[int], bool]) -> Iterator[Done]:
        for d in self.inner.run(tasks, may_submit):
            self.stamps.append(time.perf_counter())
            yield d


def measure(inp: Path, out: Path, executor, workers: int) -> dict[str, float]:
    stamped = Stamped(executor)
    t0 = time.perf_counter()
    s = run_batch(inp, str(out), lambda _n: stamped)
    wall = time.perf_counter() - t0
    st = stamped.stamps
    steady = (len(st) - workers) / (st[-1] - st[workers - 1])
    return {"pairs": s.done, "errors": s.errors, "wall_s": round(wall, 2),
            "wall_pairs_per_s": round(s.done / wall, 3), "steady_pairs_per_s": round(steady, 3)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="e5")
    ap.add_argument("--limit", type=int, default=None, help="productions (2 pairs each; default: all)")
    args = ap.parse_args()

    pairs = load_pairs(limit=args.limit)
    config = BatchConfig(model=args.model)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        inp = tmp / "pairs.jsonl"
        inp.write_text("".join(json.dumps({"id": p.name,
                                           "source": join_sentences(p.source.sentences)[0],
                                           "target": join_sentences(p.target.sentences)[0]},
                                          ensure_ascii=False) + "\n" for p in pairs),
                       encoding="utf-8")
        from analysis.pipeline import load_model

        load_model(args.model)            # mode 1 runs here: its model load is not timed
        runs = {
            "1": measure(inp, tmp / "1.jsonl", InProcess(config), 1),
            "2": measure(inp, tmp / "2.jsonl", LocalPool(2, config), 2),
            "dask2": measure(inp, tmp / "dask2.jsonl", DaskBackend("local", config, local_workers=2), 2),
        }
        outputs = {k: TIMINGS.sub("", (tmp / f"{k}.jsonl").read_text(encoding="utf-8")) for k in runs}
    identical = outputs["1"] == outputs["2"] == outputs["dask2"]
    s1, s2, sd = (runs[k]["steady_pairs_per_s"] for k in ("1", "2", "dask2"))
    result = {
        "benchmark": "batch_scale", "data": "PorSimples development pairs (raw text)",
        "model": args.model, "pairs": len(pairs), "runs": runs,
        "speedup_2_workers": round(s2 / s1, 3),
        "scaling_efficiency_2": round(s2 / (2 * s1), 3),
        "dask_speedup_2_workers": round(sd / s1, 3),
        "dask_overhead_ms_per_pair": round(1000 * (1 / sd - 1 / s2), 1),
        "outputs_identical_except_timings": identical,
    }
    result["targets_met"] = {
        "speedup_2_ge_1.1": result["speedup_2_workers"] >= 1.1,
        "dask_overhead_le_25ms_per_pair": result["dask_overhead_ms_per_pair"] <= 25,
        "identical_outputs": identical,
    }
    for mode, r in runs.items():
        print(f"{mode:6} wall {r['wall_s']:7.1f} s  {r['wall_pairs_per_s']:6.2f} pairs/s   "
              f"steady {r['steady_pairs_per_s']:6.2f} pairs/s")
    print(f"speed-up 2 workers {result['speedup_2_workers']}  efficiency {result['scaling_efficiency_2']}"
          f"  dask overhead {result['dask_overhead_ms_per_pair']} ms/pair  identical {identical}")
    print(json.dumps(result))
    return 0 if all(result["targets_met"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
