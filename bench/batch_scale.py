"""How the batch scales: pairs per second with 1 and 2 local workers and on a 2-worker Dask
``LocalCluster``, on the PorSimples development pairs from raw text (final line: JSON).

Each mode runs the same input through ``analysis.batch.run_batch`` (what ``python -m analysis
batch`` runs) with the model named by --model (default e5):

* ``1``     — one local worker process (what ``--workers 1`` runs in the CLI's own process;
  a fresh process per run, because a repeat in this process would hit the encoder's and the
  similarity caches filled by the previous repeat on the same pairs);
* ``2``     — ``--workers 2``: two local worker processes;
* ``dask2`` — ``--dask local --workers 2``: a 2-worker ``LocalCluster``, same per-pair code,
  pairs sent in adaptive chunks (``--max-chunk 1``: one Dask task per pair, as before chunks).

Two rates per run: ``wall`` (all pairs / whole run, start-up of workers or cluster included:
what a researcher waits for a small batch) and ``warm`` (all pairs / time from the moment every
worker holds the model, warmed up on a short pair, to the last pair: the rate that matters for
100,000 pairs). Each mode runs ``--repeats`` times, interleaved (1, 2, dask2, 1, 2, dask2, ...)
so a burst of load from other work on the machine hits every mode alike; figures are medians.

* scaling efficiency = warm(2) / (2 × warm(1));
* Dask overhead per pair = median over repeats of 1/warm(dask2) − 1/warm(2), in ms (= the warm
  time difference / pairs): the same pairs on the same number of worker processes, through Dask
  or through the local pool, start-up excluded on both sides; what going through Dask adds per
  pair. (A pair a local worker finishes before its sibling is ready is left out of its warm
  rate; a Dask run hands out no pair before every worker is warm.)

* CPU per pair = CPU seconds of every process of the run (this one, the worker processes, and
  for ``dask2`` the scheduler and nannies, which ``LocalCluster`` runs in this process) between
  the first and the last warm pair, per pair in between. Unlike the rates it barely moves when
  other work on the machine takes the cores, so ``dask_cpu_overhead_ms_per_pair`` (CPU per pair
  through Dask minus through 2 local workers) says what Dask costs on a shared machine; with
  both cores busy the wall-time overhead is about half of it. Reported, not a target.

The load average before and after is printed and recorded. The three outputs are compared
(equal lines except ``timings``).

Targets (2 cores): 2 local workers ≥ 1.1× one worker — one worker already runs the encoder
on every core (OpenMP), so extra processes only parallelise the Python parts; what this guards
is oversubscription (2 workers × 2 threads made the batch 2.4× slower before threads were split);
Dask ≤ 25 ms overhead per pair (≈10 % of a PorSimples pair); identical outputs. Timings on a
machine shared with other work are disturbed: say so when quoting the numbers.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil  # CPU seconds of the worker processes (pinned in requirements-dev.txt)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.batch import BatchConfig, Done, Task, run_batch  # noqa: E402
from analysis.batch.dask_backend import ChunkSizer, DaskBackend  # noqa: E402
from analysis.batch.pool import LocalPool  # noqa: E402
from bench.porsimples import join_sentences, load_pairs  # noqa: E402

TIMINGS = re.compile(r'"timings": \{[^{}]*\}')
MODES = ("1", "2", "dask2")
PER_PAIR = "dask2_per_pair"     # --per-pair: also one Dask task per pair (before chunks), for comparison


class Stamped:
    """Wraps an executor and records when each pair comes back, and the CPU seconds used so far
    by this process and its descendants (those alive at the first warm pair; read each time)."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.stamps: list[float] = []
        self.procs: list[psutil.Process] = []
        self.cpu: dict[int, float] = {}       # pid -> CPU seconds at the first warm pair
        self.cpu_now: dict[int, float] = {}   # pid -> CPU seconds at the latest warm pair

    def __getattr__(self, name: str):
        return getattr(self.inner, name)     # workers_started, description, capacity, ready_at

    def _cpu(self) -> dict[int, float]:
        out = {}
        for p in self.procs:
            with contextlib.suppress(psutil.Error):
                t = p.cpu_times()
                out[p.pid] = t.user + t.system
        return out

    def run(self, tasks: Iterator[Task], may_submit: Callable[[int], bool]) -> Iterator[Done]:
        for d in self.inner.run(tasks, may_submit):
            now = time.perf_counter()
            self.stamps.append(now)
            if now > self.inner.ready_at:
                if not self.procs:
                    me = psutil.Process()
                    self.procs = [me, *me.children(recursive=True)]
                    self.cpu = self._cpu()
                self.cpu_now = self._cpu()
            yield d

    def cpu_seconds(self) -> float:
        """CPU seconds between the first and the latest warm pair (processes alive throughout)."""
        return sum(v - self.cpu[pid] for pid, v in self.cpu_now.items() if pid in self.cpu)


def measure(inp: Path, out: Path, executor) -> dict[str, float]:
    stamped = Stamped(executor)
    t0 = time.perf_counter()
    s = run_batch(inp, str(out), lambda _n: stamped)
    wall = time.perf_counter() - t0
    # a local worker may finish a pair before the last one is ready: only later pairs count
    after = [t for t in stamped.stamps if t > executor.ready_at]
    warm = after[-1] - executor.ready_at
    return {"pairs": s.done, "errors": s.errors, "wall_s": round(wall, 3),
            "wall_pairs_per_s": round(s.done / wall, 3), "warm_pairs": len(after),
            "warm_s": round(warm, 3), "warm_pairs_per_s": round(len(after) / warm, 3),
            "cpu_s_per_pair": round(stamped.cpu_seconds() / max(1, len(after) - 1), 4)}


def executor_for(mode: str, config: BatchConfig, pairs: int, max_chunk: int, chunk_seconds: float):
    if mode in ("1", "2"):
        return LocalPool(int(mode), config)
    return DaskBackend("local", config, local_workers=2, pairs=pairs,
                       sizer=ChunkSizer(target_seconds=chunk_seconds,
                                        max_pairs=1 if mode == PER_PAIR else max_chunk))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="e5")
    ap.add_argument("--limit", type=int, default=None, help="productions (2 pairs each; default: all)")
    ap.add_argument("--repeats", type=int, default=3, help="runs of each mode (medians reported)")
    ap.add_argument("--max-chunk", type=int, default=ChunkSizer.max_pairs,
                    help="most pairs per Dask task (1 = one task per pair)")
    ap.add_argument("--chunk-seconds", type=float, default=ChunkSizer.target_seconds,
                    help="worker seconds of pairs a Dask task aims at")
    ap.add_argument("--per-pair", action="store_true",
                    help=f"also run mode {PER_PAIR} (one Dask task per pair), interleaved")
    args = ap.parse_args()
    modes = MODES + ((PER_PAIR,) if args.per_pair else ())

    pairs = load_pairs(limit=args.limit)
    config = BatchConfig(model=args.model)
    load_before = os.getloadavg()
    runs: dict[str, list[dict[str, float]]] = {m: [] for m in modes}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        inp = tmp / "pairs.jsonl"
        inp.write_text("".join(json.dumps({"id": p.name,
                                           "source": join_sentences(p.source.sentences)[0],
                                           "target": join_sentences(p.target.sentences)[0]},
                                          ensure_ascii=False) + "\n" for p in pairs),
                       encoding="utf-8")
        outputs: dict[str, set[str]] = {m: set() for m in modes}
        for r in range(args.repeats):
            for mode in modes:
                out = tmp / f"{mode}-{r}.jsonl"
                runs[mode].append(measure(inp, out, executor_for(mode, config, len(pairs), args.max_chunk,
                                                                args.chunk_seconds)))
                outputs[mode].add(TIMINGS.sub("", out.read_text(encoding="utf-8")))
                print(f"repeat {r + 1} {mode:6} " + "  ".join(f"{k} {v}" for k, v in runs[mode][-1].items()),
                      flush=True)
    load_after = os.getloadavg()
    identical = len(set().union(*outputs.values())) == 1

    def median(mode: str, key: str) -> float:
        return round(statistics.median(r[key] for r in runs[mode]), 3)

    w1, w2, wd = (median(m, "warm_pairs_per_s") for m in MODES)
    n = len(pairs)
    def overheads_of(mode: str) -> list[float]:
        return [round(1000 * (1 / d["warm_pairs_per_s"] - 1 / l2["warm_pairs_per_s"]), 1)
                for l2, d in zip(runs["2"], runs[mode], strict=True)]

    overheads = overheads_of("dask2")
    result = {
        "benchmark": "batch_scale", "data": "PorSimples development pairs (raw text)",
        "model": args.model, "pairs": n, "repeats": args.repeats, "dask_max_chunk": args.max_chunk,
        "dask_chunk_seconds": args.chunk_seconds,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "runs": runs,
        "median_warm_pairs_per_s": {"1": w1, "2": w2, "dask2": wd},
        "median_wall_pairs_per_s": {m: median(m, "wall_pairs_per_s") for m in modes},
        "speedup_2_workers": round(w2 / w1, 3),
        "scaling_efficiency_2": round(w2 / (2 * w1), 3),
        "dask_speedup_2_workers": round(wd / w1, 3),
        "dask_overhead_ms_per_pair_runs": overheads,
        "dask_overhead_ms_per_pair": round(statistics.median(overheads), 1),
        "median_cpu_s_per_pair": {m: round(statistics.median(r["cpu_s_per_pair"] for r in runs[m]), 4)
                                  for m in modes},
        "outputs_identical_except_timings": identical,
    }
    result["dask_cpu_overhead_ms_per_pair"] = round(
        1000 * (result["median_cpu_s_per_pair"]["dask2"] - result["median_cpu_s_per_pair"]["2"]), 1)
    if args.per_pair:
        result["median_warm_pairs_per_s"][PER_PAIR] = median(PER_PAIR, "warm_pairs_per_s")
        result["per_pair_dask_overhead_ms_per_pair_runs"] = overheads_of(PER_PAIR)
        result["per_pair_dask_overhead_ms_per_pair"] = round(statistics.median(overheads_of(PER_PAIR)), 1)
    result["targets_met"] = {
        "speedup_2_ge_1.1": result["speedup_2_workers"] >= 1.1,
        "dask_overhead_le_25ms_per_pair": result["dask_overhead_ms_per_pair"] <= 25,
        "identical_outputs": identical,
    }
    for mode in modes:
        print(f"{mode:6} median wall {result['median_wall_pairs_per_s'][mode]:6.2f} pairs/s   "
              f"warm {median(mode, 'warm_pairs_per_s'):6.2f} pairs/s")
    print(f"speed-up 2 workers {result['speedup_2_workers']}  efficiency {result['scaling_efficiency_2']}"
          f"  dask overhead {result['dask_overhead_ms_per_pair']} ms/pair {overheads}"
          f"  (CPU {result['dask_cpu_overhead_ms_per_pair']} ms/pair)  identical {identical}"
          f"  load average {result['load_average_before']} -> {result['load_average_after']}")
    print(json.dumps(result))
    return 0 if all(result["targets_met"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
