"""A batch on a Dask ``distributed`` cluster: the same per-pair work, on other machines' cores.

Why Dask: groups that outgrow one machine often already run a Dask scheduler (their own
machines, a university cluster through dask-jobqueue, a managed service), and Dask brings the
scheduling, worker restarts and transport; NET-EST only adds :class:`ModelPlugin` (each worker
process loads the model once, when it joins, and again only if it is restarted) and sends the
pairs through :func:`analysis.batch.work.process_line` like every other executor.

Why chunks: one Dask task costs a scheduler round trip, a result fetch and the task bookkeeping
(measured: 15-20 ms of CPU per task over the batch's process and the worker, on 2 busy cores).
So each task carries a *chunk* of consecutive pairs, sized by :class:`ChunkSizer` to take about
``target_seconds`` on a worker (from the time pairs have taken so far), starting with single
pairs and shrinking near the end so the last chunks do not leave workers idle. Two chunks per
worker thread are in flight, so a worker has its next chunk before it finishes the current one.

Worker deaths: the scheduler reports a chunk whose worker died as ``KilledWorker`` (at once with
``allowed-failures`` 0, which :func:`local_cluster` sets and the README recommends; the
scheduler cannot tell the pair that was running from those queued on the same worker). Each of
its pairs is then resubmitted once *on its own*, one retry in flight at a time (so the pairs
that only shared a chunk or a worker with the culprit come back normally), and a pair whose own
retry kills its worker again becomes an ``"error"`` line — the local pool's rule. A cluster left without
workers for ``no_worker_timeout`` seconds stops the batch (resumable) instead of waiting forever.

Workers must run the same NET-EST version (checked at start) from a checkout whose directory is
importable (see the README, "Batch at scale").
"""
from __future__ import annotations

import asyncio
import logging
import math
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from analysis import ENGINE_VERSION
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

log = logging.getLogger("netest.batch")

PLUGIN_NAME = "netest-model"
#: Settings that make a Dask run behave like the local pool: a worker death is reported at once
#: and the batch decides (one retry). The rest quiets Dask's own housekeeping, which runs on a
#: clock, not per pair, and takes its CPU from the pairs: the workers' statistical profiler (a
#: stack sample every 10 ms, for the dashboard) is off; every event loop's health tick goes from
#: 20 ms to 1 s, the memory monitors (worker and nanny) from 100 ms to 1 s, the system monitor
#: (dashboard charts) from 500 ms to 5 s without disk counters. Measured on an idle 2-worker
#: ``LocalCluster`` (2 cores): 12-14 % of one core with Dask's defaults, 2 % with these — about
#: 20 ms per pair at 2.7 pairs/s. A pair's memory is still checked every second (a worker that
#: outgrows it faster is killed by the system and its pairs retried like any worker death).
#: :func:`local_cluster` applies them; the README shows them for a scheduler and workers a
#: group starts itself.
CLUSTER_CONFIG = {"distributed.scheduler.allowed-failures": 0,
                  "distributed.worker.profile.enabled": False,
                  "distributed.admin.tick.interval": "1s",
                  "distributed.worker.memory.monitor-interval": "1s",
                  "distributed.admin.system-monitor.interval": "5s",
                  "distributed.admin.system-monitor.disk": False}

try:  # the plugin base class only when distributed is installed (it is a runtime dependency)
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - requirements.txt pins distributed
    WorkerPlugin = object  # type: ignore[assignment,misc]


class ModelPlugin(WorkerPlugin):
    """Loads the batch's model in each worker process when it joins (restarted workers too) and
    analyses one short pair, so no real pair pays for loading lexicons and caches."""

    idempotent = False

    def __init__(self, config: BatchConfig) -> None:
        self.config = config

    async def setup(self, worker: Any) -> None:
        # in a thread: a model that takes seconds to load must not stall the worker's heartbeat
        await asyncio.get_running_loop().run_in_executor(None, warm_up, self.config)


def _engine_version() -> str:
    # lazy: the heavy engine loads on the Dask worker only
    from analysis import ENGINE_VERSION as version

    return version


def dask_chunk(tasks: tuple[Task, ...], config: BatchConfig) -> tuple[list[Done], float]:
    """What a Dask worker runs: consecutive pairs, and the seconds they took (for the sizer)."""
    t0 = time.perf_counter()
    done = []
    for task in tasks:
        crash_hook(task)
        done.append(process_line(task, config))
    return done, time.perf_counter() - t0


@dataclass
class ChunkSizer:
    """How many pairs the next Dask task carries.

    ``target_seconds`` of work per chunk (from the mean worker time per pair so far; a single
    pair until the first chunk is back), at most ``max_pairs``, and — guided self-scheduling —
    at most the remaining pairs shared over twice the worker threads, so chunks shrink to single
    pairs at the end of the batch instead of one worker finishing a long chunk alone.
    """

    #: 4 s (about 5 PorSimples pairs on one core): measured on 2 cores, chunks of 1.5 s cost
    #: 0.15-0.17 s more CPU per pair than the local pool, of 4 s 0.07-0.11 s; a lost chunk or a late
    #: progress line is a few seconds of work at most.
    target_seconds: float = 4.0
    max_pairs: int = 32
    pairs_timed: int = 0
    seconds: float = 0.0

    def observe(self, pairs: int, seconds: float) -> None:
        self.pairs_timed += pairs
        self.seconds += seconds

    @property
    def per_pair(self) -> float | None:
        return self.seconds / self.pairs_timed if self.pairs_timed else None

    def size(self, remaining: int | None, threads: int) -> int:
        per_pair = self.per_pair
        n = 1 if per_pair is None else int(self.target_seconds / max(per_pair, 1e-3))
        n = max(1, min(n, self.max_pairs))
        if remaining is not None:
            n = min(n, max(1, math.ceil(remaining / (2 * max(1, threads)))))
        return n


def local_cluster(workers: int) -> Any:
    """A ``LocalCluster`` of ``workers`` single-threaded processes, configured like the pool."""
    import dask
    from distributed import LocalCluster

    # no dashboard: nobody is told its address, and its server costs start-up time.
    # ``config`` again for the nannies: they hand it to every worker process they (re)start;
    # without it a worker restarted after a death ran with Dask's defaults (the ``set`` below
    # is undone when it exits, under the nanny's shallow copy of the configuration too).
    with dask.config.set(CLUSTER_CONFIG):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=None, silence_logs=logging.ERROR,
                            config=dict(CLUSTER_CONFIG))


LOST = ("A conexão com o cluster Dask caiu. As linhas já escritas ficam no arquivo; "
        "continue com --resume.")
NO_WORKERS = ("O cluster Dask ficou sem workers por mais de {seconds} s. As linhas já escritas "
              "ficam no arquivo; continue com --resume quando houver workers.")
KILLED = ("O processo de análise (worker Dask) parou inesperadamente neste par em todas as "
          "tentativas; par não analisado.")


@dataclass
class DaskBackend:
    """Runs a batch on the cluster at ``address`` (``tcp://host:8786``) or on a
    :func:`local_cluster` (``address == "local"``, ``local_workers`` processes).

    ``pairs`` (the pairs this run will analyse; 0 = unknown) lets the last chunks shrink.
    """

    address: str
    config: BatchConfig
    local_workers: int = 2
    connect_timeout: float = 30.0
    no_worker_timeout: float = 300.0   # a cluster with no worker this long stops the batch
    note: Callable[[str], None] = lambda _msg: None
    pairs: int = 0
    sizer: ChunkSizer = field(default_factory=ChunkSizer)
    workers_started: int = 0
    threads: int = 0           # worker threads in the cluster
    ready_at: float = 0.0      # perf_counter when every worker held the model (benchmarks)

    @property
    def description(self) -> str:
        where = "LocalCluster" if self.address == "local" else self.address
        return f"Dask em {where}, {self.threads} threads"

    @property
    def capacity(self) -> int:
        """Pairs analysed at once: a chunk per worker thread (the runner's window follows it)."""
        return max(1, self.threads) * self.sizer.size(None, self.threads)

    def _connect(self) -> tuple[Any, Any]:
        from distributed import Client

        cluster = local_cluster(self.local_workers) if self.address == "local" else None
        try:
            client = Client(cluster or self.address, timeout=self.connect_timeout,
                            set_as_default=False)
        except (OSError, TimeoutError) as exc:
            if cluster is not None:
                cluster.close()
            raise BatchError(f"Não foi possível conectar ao scheduler Dask em {self.address} "
                             f"({type(exc).__name__}).") from exc
        try:
            client.wait_for_workers(1, timeout=self.connect_timeout)
            versions = set(client.run(_engine_version).values())
            if versions != {ENGINE_VERSION}:
                raise BatchError(
                    f"Os workers do Dask rodam outra versão do NET-EST ({', '.join(sorted(versions))}; "
                    f"aqui: {ENGINE_VERSION}). Use a mesma versão em todas as máquinas.")
            # returns once every current worker has run the plugin's setup (model loaded, warm)
            client.register_plugin(ModelPlugin(self.config), name=PLUGIN_NAME)
            # one empty pair end to end: the scheduler too must be able to read NET-EST's tasks
            probe = client.submit(dask_chunk, (Task(-1, 0, "{}"),), self.config, pure=False)
            probe.result(timeout=max(self.connect_timeout, 120))
        except BatchError:
            self._close(client, cluster)
            raise
        except Exception as exc:  # noqa: BLE001 - no worker, or workers without NET-EST
            self._close(client, cluster)
            raise BatchError(
                "O cluster Dask não ficou pronto para o NET-EST "
                f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}). "
                "O scheduler e os workers precisam do NET-EST importável, na mesma versão "
                "(veja o README, \"Batch at scale\").") from exc
        return client, cluster

    @staticmethod
    def _close(client: Any, cluster: Any) -> None:
        with suppress(Exception):
            client.close()
        if cluster is not None:
            with suppress(Exception):
                cluster.close()

    def run(self, tasks: Iterator[Task], may_submit: Callable[[int], bool]) -> Iterator[Done]:
        from distributed import wait
        from distributed.scheduler import KilledWorker

        client, cluster = self._connect()
        self.ready_at = time.perf_counter()
        self.threads = sum(client.nthreads().values())
        self.workers_started = len(client.nthreads())
        checked = without_workers_since = time.monotonic()
        in_flight: dict[Any, tuple[Task, ...]] = {}
        killed: set[int] = set()                  # pairs already resubmitted after KilledWorker
        retry: list[Task] = []
        retrying: set[Any] = set()                # the retry in flight (one at a time)
        pending: Task | None = next(tasks, None)
        submitted = 0
        run_id = uuid.uuid4().hex[:12]

        def submit(chunk: tuple[Task, ...], attempt: str = "", priority: int = 0) -> Any:
            fut = client.submit(dask_chunk, chunk, self.config, pure=False, priority=priority,
                                key=f"netest-chunk-{run_id}-{chunk[0].pos}-{len(chunk)}{attempt}")
            in_flight[fut] = chunk
            return fut

        def fill() -> None:
            nonlocal pending, submitted
            # a retried pair travels alone, one at a time, ahead of the queue: a retry that
            # kills its worker again cannot take another retried pair down with it
            if retry and not retrying:
                retrying.add(submit((retry.pop(),), "r", priority=1))
            while pending is not None and len(in_flight) < 2 * max(1, self.threads):
                remaining = self.pairs - submitted if self.pairs else None
                want = self.sizer.size(remaining, self.threads)
                chunk: list[Task] = []
                while pending is not None and len(chunk) < want and may_submit(pending.pos):
                    chunk.append(pending)
                    pending = next(tasks, None)
                if not chunk:
                    return
                submit(tuple(chunk))
                submitted += len(chunk)

        try:
            fill()
            while in_flight:
                try:
                    with client.as_current():       # ``wait`` uses the current client
                        finished = wait(list(in_flight), timeout=5, return_when="FIRST_COMPLETED").done
                except TimeoutError:
                    finished = set()
                now = time.monotonic()
                if now - checked > 2.0:            # the cluster may grow, shrink or vanish
                    threads = sum(client.nthreads().values())
                    self.threads, checked = threads, now
                    if threads:
                        without_workers_since = now
                    elif now - without_workers_since > self.no_worker_timeout:
                        raise BatchError(NO_WORKERS.format(seconds=int(self.no_worker_timeout)))
                for fut in sorted(finished, key=lambda f: in_flight[f][0].pos):
                    retrying.discard(fut)
                    yield from self._collect(fut, in_flight.pop(fut), killed, retry, KilledWorker)
                fill()
        finally:
            for fut in in_flight:
                with suppress(Exception):
                    fut.cancel()
            self._close(client, cluster)

    def _collect(self, fut: Any, chunk: tuple[Task, ...], killed: set[int], retry: list[Task],
                 killed_worker: type[Exception]) -> Iterator[Done]:
        """The lines of a finished chunk; a chunk lost with its worker goes back pair by pair."""
        try:
            done, seconds = fut.result()
        except killed_worker:
            again = [t for t in chunk if t.pos not in killed]   # maybe only beside the culprit
            killed.update(t.pos for t in again)
            retry.extend(reversed(again))             # ``retry`` is popped from the end
            for task in chunk:
                if task not in again:
                    yield error_done(task, KILLED)
            if again:
                where = (f"o par da linha {again[0].n}; o par será tentado" if len(again) == 1 else
                         f"os pares das linhas {again[0].n} a {again[-1].n}; cada par será tentado")
                self.note(f"Um worker Dask parou durante {where} de novo.")
            return
        except (CancelledError, asyncio.CancelledError) as exc:
            # the scheduler went away (or cancelled our work): not the pairs' fault
            raise BatchError(LOST) from exc
        except Exception as exc:  # noqa: BLE001 - a chunk never stops the batch
            log.info("dask chunk at line %d failed: %r", chunk[0].n, exc)
            for task in chunk:
                yield error_done(task, f"Erro inesperado no cluster ({type(exc).__name__}).")
            return
        finally:
            fut.release()
        self.sizer.observe(len(done), seconds)
        yield from done
