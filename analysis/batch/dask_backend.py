"""A batch on a Dask ``distributed`` cluster: the same per-pair work, on other machines' cores.

Why Dask: groups that outgrow one machine often already run a Dask scheduler (their own
machines, a university cluster through dask-jobqueue, a managed service), and Dask brings the
scheduling, worker restarts and transport; NET-EST only adds :class:`ModelPlugin` (each worker
process loads the model once, when it joins, and again only if it is restarted) and sends each
pair through :func:`analysis.batch.work.process_line` like every other executor.

At most one pair per worker thread is in flight: a pair waiting on a worker that dies would be
charged with that death by the scheduler, so pairs are only handed out as threads free up. A
pair whose worker died is re-run by the scheduler; when it has killed ``allowed-failures + 1``
workers (:func:`local_cluster` sets 1, i.e. one retry, like the local pool) it comes back as
``KilledWorker`` and is written as an ``"error"`` line.

Workers must run the same NET-EST version (checked at start) from a checkout whose directory is
importable (see the README, "Batch at scale").
"""
from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from analysis import ENGINE_VERSION
from analysis.batch.work import BatchConfig, BatchError, Done, Task, crash_hook, error_done, process_line

log = logging.getLogger("netest.batch")

PLUGIN_NAME = "netest-model"
#: Scheduler settings that make a Dask run behave like the local pool (one retry, no pair
#: queued behind another on a worker); :func:`local_cluster` applies them, the README shows
#: them for a scheduler a group starts itself.
SCHEDULER_CONFIG = {"distributed.scheduler.allowed-failures": 1,
                    "distributed.scheduler.worker-saturation": 1.0}

try:  # the plugin base class only when distributed is installed (it is a runtime dependency)
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - requirements.txt pins distributed
    WorkerPlugin = object  # type: ignore[assignment,misc]


class ModelPlugin(WorkerPlugin):
    """Loads the batch's model in each worker process when it joins (restarted workers too)."""

    idempotent = False

    def __init__(self, spec: str) -> None:
        self.spec = spec

    async def setup(self, worker: Any) -> None:
        import asyncio

        from analysis.pipeline import load_model

        # in a thread: a model that takes seconds to load must not stall the worker's heartbeat
        await asyncio.get_running_loop().run_in_executor(None, load_model, self.spec)


def _engine_version() -> str:
    from analysis import ENGINE_VERSION as version

    return version


def dask_task(task: Task, config: BatchConfig) -> Done:
    """What a Dask worker runs for one pair."""
    crash_hook(task)
    return process_line(task, config)


def local_cluster(workers: int) -> Any:
    """A ``LocalCluster`` of ``workers`` single-threaded processes, configured like the pool."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(SCHEDULER_CONFIG):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=None, silence_logs=logging.ERROR)


KILLED = ("O processo de análise (worker Dask) parou inesperadamente neste par em todas as "
          "tentativas; par não analisado.")


@dataclass
class DaskBackend:
    """Runs a batch on the cluster at ``address`` (``tcp://host:8786``) or on a
    :func:`local_cluster` (``address == "local"``, ``local_workers`` processes)."""

    address: str
    config: BatchConfig
    local_workers: int = 2
    connect_timeout: float = 30.0
    note: Callable[[str], None] = lambda _msg: None
    workers_started: int = 0
    _threads: int = field(default=0, repr=False)

    @property
    def description(self) -> str:
        where = "LocalCluster" if self.address == "local" else self.address
        return f"Dask em {where}, {self._threads} threads"

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
            client.register_plugin(ModelPlugin(self.config.model), name=PLUGIN_NAME)
            # one empty pair end to end: the scheduler too must be able to read NET-EST's tasks
            probe = client.submit(dask_task, Task(-1, 0, "{}"), self.config, pure=False)
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

    def _threads_now(self, client: Any) -> int:
        return max(1, sum(client.nthreads().values()))

    def run(self, tasks: Iterator[Task], may_submit: Callable[[int], bool]) -> Iterator[Done]:
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        client, cluster = self._connect()
        self._threads = self._threads_now(client)
        self.workers_started = len(client.nthreads())
        checked = time.monotonic()
        in_flight: dict[Any, Task] = {}
        done_iter = as_completed(loop=client.loop)
        pending: Task | None = next(tasks, None)
        run_id = uuid.uuid4().hex[:12]

        def fill() -> None:
            nonlocal pending
            while (pending is not None and len(in_flight) < self._threads
                   and may_submit(pending.pos)):
                fut = client.submit(dask_task, pending, self.config, pure=False,
                                    key=f"netest-pair-{run_id}-{pending.pos}")
                in_flight[fut] = pending
                done_iter.add(fut)
                pending = next(tasks, None)

        try:
            fill()
            for fut in done_iter:
                task = in_flight.pop(fut)
                try:
                    result = fut.result()
                except KilledWorker:
                    result = error_done(task, KILLED)
                except Exception as exc:  # noqa: BLE001 - a pair never stops the batch
                    log.info("dask task for line %d failed: %r", task.n, exc)
                    result = error_done(task, f"Erro inesperado no cluster ({type(exc).__name__}).")
                fut.release()
                yield result
                if time.monotonic() - checked > 2.0:   # the cluster may grow or shrink
                    self._threads = self._threads_now(client)
                    checked = time.monotonic()
                fill()
        finally:
            for fut in in_flight:
                with suppress(Exception):
                    fut.cancel()
            self._close(client, cluster)
