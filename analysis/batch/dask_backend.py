"""A batch on a Dask ``distributed`` cluster: the same per-pair work, on other machines' cores.

Why Dask: groups that outgrow one machine often already run a Dask scheduler (their own
machines, a university cluster through dask-jobqueue, a managed service), and Dask brings the
scheduling, worker restarts and transport; NET-EST only adds :class:`ModelPlugin` (each worker
process loads the model once, when it joins, and again only if it is restarted) and sends each
pair through :func:`analysis.batch.work.process_line` like every other executor.

At most one pair per worker thread is in flight. The scheduler reports a pair whose worker died
as ``KilledWorker`` (at once with ``allowed-failures`` 0, which :func:`local_cluster` sets and the
README recommends); the batch then resubmits it once, and a second ``KilledWorker`` makes it an
``"error"`` line — the local pool's rule. The resubmission also spares a pair that was only
queued behind the culprit on the dying worker. A cluster left without workers for
``no_worker_timeout`` seconds stops the batch (resumable) instead of waiting forever.

Workers must run the same NET-EST version (checked at start) from a checkout whose directory is
importable (see the README, "Batch at scale").
"""
from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from analysis import ENGINE_VERSION
from analysis.batch.work import BatchConfig, BatchError, Done, Task, crash_hook, error_done, process_line

log = logging.getLogger("netest.batch")

PLUGIN_NAME = "netest-model"
#: Scheduler setting that makes a Dask run behave like the local pool: a worker death is
#: reported at once and the batch decides (one retry); :func:`local_cluster` applies it, the
#: README shows it for a scheduler a group starts itself.
SCHEDULER_CONFIG = {"distributed.scheduler.allowed-failures": 0}

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
        # lazy: the heavy engine loads on the Dask worker only
        from analysis.pipeline import load_model

        # in a thread: a model that takes seconds to load must not stall the worker's heartbeat
        await asyncio.get_running_loop().run_in_executor(None, load_model, self.spec)


def _engine_version() -> str:
    # lazy: the heavy engine loads on the Dask worker only
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
                            dashboard_address=":0", silence_logs=logging.ERROR)


LOST = ("A conexão com o cluster Dask caiu. As linhas já escritas ficam no arquivo; "
        "continue com --resume.")
NO_WORKERS = ("O cluster Dask ficou sem workers por mais de {seconds} s. As linhas já escritas "
              "ficam no arquivo; continue com --resume quando houver workers.")
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
    no_worker_timeout: float = 300.0   # a cluster with no worker this long stops the batch
    note: Callable[[str], None] = lambda _msg: None
    workers_started: int = 0
    capacity: int = 0          # worker threads in the cluster (pairs in flight at most)

    @property
    def description(self) -> str:
        where = "LocalCluster" if self.address == "local" else self.address
        return f"Dask em {where}, {self.capacity} threads"

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

    def _capacity_now(self, client: Any) -> int:
        return max(1, sum(client.nthreads().values()))

    def run(self, tasks: Iterator[Task], may_submit: Callable[[int], bool]) -> Iterator[Done]:
        from distributed import wait
        from distributed.scheduler import KilledWorker

        client, cluster = self._connect()
        self.capacity = self._capacity_now(client)
        self.workers_started = len(client.nthreads())
        checked = without_workers_since = time.monotonic()
        in_flight: dict[Any, Task] = {}
        killed: set[int] = set()                  # pairs already resubmitted after KilledWorker
        retry: list[Task] = []
        pending: Task | None = next(tasks, None)
        run_id = uuid.uuid4().hex[:12]

        def submit(task: Task) -> None:
            attempt = "r" if task.pos in killed else ""
            fut = client.submit(dask_task, task, self.config, pure=False,
                                key=f"netest-pair-{run_id}-{task.pos}{attempt}")
            in_flight[fut] = task

        def fill() -> None:
            nonlocal pending
            while retry:
                submit(retry.pop())
            while (pending is not None and len(in_flight) < self.capacity
                   and may_submit(pending.pos)):
                submit(pending)
                pending = next(tasks, None)

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
                    self.capacity, checked = max(1, threads), now
                    if threads:
                        without_workers_since = now
                    elif now - without_workers_since > self.no_worker_timeout:
                        raise BatchError(NO_WORKERS.format(seconds=int(self.no_worker_timeout)))
                for fut in finished:
                    task = in_flight.pop(fut)
                    try:
                        result = fut.result()
                    except KilledWorker:
                        if task.pos not in killed:     # maybe only queued behind the culprit
                            killed.add(task.pos)
                            retry.append(task)
                            self.note(f"Um worker Dask parou durante o par da linha {task.n}; "
                                      "o par será tentado de novo.")
                            continue
                        result = error_done(task, KILLED)
                    except (CancelledError, asyncio.CancelledError) as exc:
                        # the scheduler went away (or cancelled our work): not the pair's fault
                        raise BatchError(LOST) from exc
                    except Exception as exc:  # noqa: BLE001 - a pair never stops the batch
                        log.info("dask task for line %d failed: %r", task.n, exc)
                        result = error_done(task, f"Erro inesperado no cluster ({type(exc).__name__}).")
                    finally:
                        fut.release()
                    yield result
                fill()
        finally:
            for fut in in_flight:
                with suppress(Exception):
                    fut.cancel()
            self._close(client, cluster)
