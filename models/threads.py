"""How many cores each engine worker process may give the encoder's threads.

Why: the e5 C engine is multi-threaded (OpenMP, one thread per core by default). N worker
processes each starting one thread per core oversubscribe the machine: measured on 2 cores with
20 PorSimples pairs, 2 batch workers made 0.96 pairs/s with 2 threads each and 2.49 with 1 each.
Both the batch's workers and the server's engine pool give each worker its share.
"""
from __future__ import annotations

import os


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def threads_per_worker(workers: int) -> int:
    """Each of ``workers`` processes' share of the cores (at least one)."""
    return max(1, available_cores() // max(1, workers))


def limit_encoder_threads(threads: int) -> None:
    """Cap this process's OpenMP threads, unless the operator set ``OMP_NUM_THREADS`` (which
    wins). Must run before the encoder's runtime is loaded: OpenMP reads it once."""
    if threads > 0 and "OMP_NUM_THREADS" not in os.environ:
        os.environ["OMP_NUM_THREADS"] = str(threads)
