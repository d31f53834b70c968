"""Local worker processes for a batch, each loading the model once, replaced when one dies.

Why not ``concurrent.futures.ProcessPoolExecutor``: when one of its workers dies the whole pool
breaks and every pending pair fails with it, with no way to tell which pair was running where.
Here each worker holds exactly one pair at a time over its own pipe, so a death is charged to
the one pair it was analysing: that pair is retried once on a fresh worker and, if it kills that
one too, reported as an ``"error"`` line; the other pairs never notice.

Workers are spawned (not forked: a fresh interpreter, no copied locks or threads), ignore Ctrl-C
(the parent stops them) and exit when the parent's end of the pipe closes, so a killed parent
leaves no orphans behind.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from analysis.batch.work import (
    BatchConfig,
    BatchError,
    Done,
    Task,
    crash_hook,
    error_done,
    process_line,
    warm_up,
)
from models.threads import limit_encoder_threads, threads_per_worker

log = logging.getLogger("netest.batch")

#: Times a pair is re-run after the worker analysing it died (then it is reported as an error).
RETRIES = 1

DIED = "O processo de análise parou inesperadamente {times} vezes neste par; par não analisado."


def _worker_main(conn: Connection, config: BatchConfig, threads: int = 0) -> None:
    """Body of a worker process: load the model once (and warm it up on a short pair), then
    analyse pairs until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_encoder_threads(threads)   # before the encoder's runtime loads
    warm_up(config)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        crash_hook(task)
        conn.send(process_line(task, config))


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    task: Task | None = None
    ready: bool = False


@dataclass
class LocalPool:
    """``workers`` processes on this machine (see the module docstring)."""

    workers: int
    config: BatchConfig
    note: Callable[[str], None] = lambda _msg: None
    workers_started: int = 0
    deaths: int = 0
    ready_at: float = 0.0      # perf_counter when every first worker held the model (benchmarks)
    _ctx: Any = field(default_factory=lambda: multiprocessing.get_context("spawn"))
    _spawned: list[_Worker] = field(default_factory=list)   # every worker, to stop them all

    @property
    def description(self) -> str:
        return f"{self.workers} processos"

    @property
    def capacity(self) -> int:
        return self.workers

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(target=_worker_main,
                                 args=(child, self.config, threads_per_worker(self.workers)),
                                 name="netest-batch-worker", daemon=True)
        proc.start()
        child.close()
        self.workers_started += 1
        self._spawned.append(_Worker(proc, parent))
        return self._spawned[-1]

    def run(self, tasks: Iterator[Task], may_submit: Callable[[int], bool]) -> Iterator[Done]:
        pool = [self._spawn() for _ in range(self.workers)]
        retry: deque[Task] = deque()
        deaths: dict[int, int] = {}
        unborn = 0                                  # deaths before a worker ever got ready
        pending: Task | None = next(tasks, None)
        try:
            while True:
                for w in pool:                      # hand out work to ready, idle workers
                    if not w.ready or w.task is not None:
                        continue
                    if retry:
                        t = retry.popleft()
                    elif pending is not None and may_submit(pending.pos):
                        t, pending = pending, next(tasks, None)
                    else:
                        break
                    w.task = t
                    try:
                        w.conn.send(t)
                    except OSError:                 # died meanwhile: its sentinel says so below
                        pass
                if not retry and pending is None and all(w.task is None for w in pool):
                    return
                ready = set(wait([w.conn for w in pool] + [w.proc.sentinel for w in pool]))
                survivors: list[_Worker] = []
                for w in pool:
                    if w.conn in ready:
                        try:
                            msg = w.conn.recv()
                        except Exception:  # noqa: BLE001 - EOF or a message cut by a death
                            msg = None
                        if isinstance(msg, Done):
                            w.task = None
                            yield msg
                        elif isinstance(msg, tuple) and msg[:1] == ("ready",):
                            w.ready = True
                            if not self.ready_at and all(x.ready for x in pool):
                                self.ready_at = time.perf_counter()
                        if msg is not None:
                            survivors.append(w)
                            continue
                    elif w.proc.sentinel not in ready:
                        survivors.append(w)
                        continue
                    yield from self._buried(w, retry, deaths)
                    unborn += not w.ready
                    if unborn > 2 * self.workers:
                        raise BatchError("Os processos de análise não conseguem iniciar "
                                         f"(código de saída {w.proc.exitcode}).")
                    if retry or pending is not None:
                        survivors.append(self._spawn())
                pool = survivors
        finally:
            self._stop(self._spawned)
            self._spawned.clear()

    def _buried(self, w: _Worker, retry: deque[Task], deaths: dict[int, int]) -> Iterator[Done]:
        """A worker exited (or its pipe broke): charge its pair, retry it or report it."""
        w.proc.join(timeout=5)
        if w.proc.is_alive():                     # a pipe broke under a live worker
            w.proc.terminate()
            w.proc.join(timeout=5)
        w.conn.close()
        self.deaths += 1
        t, w.task = w.task, None
        if t is None:
            return
        deaths[t.pos] = deaths.get(t.pos, 0) + 1
        log.info("batch worker %s died (exit code %s) on input line %d",
                 w.proc.pid, w.proc.exitcode, t.n)
        if deaths[t.pos] <= RETRIES:
            retry.append(t)
            self.note(f"Um processo de análise parou no par da linha {t.n}; "
                      "o par será tentado de novo em outro processo.")
        else:
            yield error_done(t, DIED.format(times=deaths[t.pos]))

    @staticmethod
    def _stop(pool: list[_Worker]) -> None:
        """Ask every worker to exit, then make sure (dead ones are simply joined)."""
        for w in pool:
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
        for w in pool:
            w.proc.join(timeout=2)
            if w.proc.is_alive():
                w.proc.terminate()
                w.proc.join(timeout=2)
            w.conn.close()


@dataclass
class InProcess:
    """``--workers 1``: today's behaviour, the pairs analysed in the CLI's own process."""

    config: BatchConfig
    workers_started: int = 0
    description: str = "1 processo"
    capacity: int = 1
    ready_at: float = 0.0      # when ``run`` started (the model loads with the first pair)

    def run(self, tasks: Iterator[Task], may_submit: Callable[[int], bool]) -> Iterator[Done]:
        self.ready_at = time.perf_counter()
        for t in tasks:
            yield process_line(t, self.config)
