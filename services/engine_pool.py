"""Runs fresh analyses in worker processes, so the Streamlit server stays responsive.

Why: one Streamlit process serves every session from threads that share one GIL, and the
embedded model has one lock; under a class of simultaneous users, analyses queued behind each
other and behind page renders. Each worker process loads its own model once (spawned, never
forked: the server is multi-threaded), warms the engine up, and analyses one pair at a time;
the server process keeps rendering pages and saving decisions meanwhile. Each worker gives the
encoder its share of the cores (``models.threads``): two workers with one OpenMP thread per
core each would run four busy threads on two cores.

``NETEST_ENGINE_WORKERS`` sets the number of workers; 0 (the library default, used by the CLI,
the tests and notebooks) analyses in-process. ``server.py`` defaults it to the number of cores
(at most 2). If the pool breaks (a worker killed), the analysis runs in-process and the pool
is rebuilt on the next call: a researcher never loses an analysis to it.

A worker never outlives the server, however the server ends (SIGTERM, SIGKILL, a crash): a
watchdog thread in each worker notices the parent is gone (it is re-parented, ``os.getppid()``
changes) and exits the process. Not ``prctl(PR_SET_PDEATHSIG)``: on Linux that fires when the
*thread* that spawned the worker ends, and workers are spawned from short-lived script threads.
"""
from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import json
import logging
import multiprocessing
import os
import sys
import threading
import time
import types
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any

from analysis.types import AnalysisResult, AnalysisSettings, ModelInfo
from models.threads import limit_encoder_threads, threads_per_worker
from services.reporting import report_detector_error

log = logging.getLogger("netest.engine_pool")

_lock = threading.Lock()
_pool: cf.ProcessPoolExecutor | None = None
_pool_size = 0

# ---------------------------------------------------------------- inside a worker process
_worker_models: dict[str, Any] = {}
ORPHAN_POLL_SECONDS = 0.5


def _exit_when_orphaned(parent: int, every: float = ORPHAN_POLL_SECONDS) -> None:
    """Daemon thread body: ends this worker process once ``parent`` is no longer its parent."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(0)   # no cleanup to do: a worker holds no state of its own


def watch_parent(parent: int | None = None) -> threading.Thread:
    """Starts the orphan watchdog in this process (a worker) and returns its thread."""
    watchdog = threading.Thread(target=_exit_when_orphaned, args=(parent or os.getppid(),),
                                name="netest-orphan-watchdog", daemon=True)
    watchdog.start()
    return watchdog


def _worker_init(spec: str, parent: int | None = None, threads: int = 0) -> None:
    limit_encoder_threads(threads)   # before the encoder's runtime loads (see models.threads)
    # lazy: the heavy engine loads in the worker process only
    from analysis.pipeline import load_model, warm_up

    watch_parent(parent)
    encoder, info = load_model(spec)
    _worker_models[spec] = (encoder, info)
    try:
        warm_up(encoder, info)
    except Exception:  # noqa: BLE001 - a failed warm-up only means a slower first analysis
        log.warning("worker warm-up failed", exc_info=True)


def _worker_analyze(source: str, target: str, settings: dict[str, Any]) -> str:
    # lazy: the heavy engine loads in the worker process only
    from analysis.pipeline import analyze, load_model

    s = AnalysisSettings.from_dict(settings)
    if s.model not in _worker_models:
        _worker_models[s.model] = load_model(s.model)
    encoder, info = _worker_models[s.model]
    # serialised here, not in the server: the server's interpreter lock renders every page
    return analyze(source, target, s, encoder=encoder, model_info=dataclasses.replace(info),
                   on_detector_error=report_detector_error).to_json()


# ---------------------------------------------------------------- in the server process
@contextmanager
def _plain_main():
    """While a worker is spawned, ``__main__`` is a bare module.

    Why: Streamlit runs each page with ``sys.modules["__main__"]`` set to the page script, and a
    spawned child re-imports the parent's ``__main__`` by path: every worker would run the
    whole UI script headless at boot (loading the model twice, logging hundreds of
    "missing ScriptRunContext" warnings and trying to start a pool of its own). Held under
    ``_lock``; ``ProcessPoolExecutor`` spawns workers inside ``submit``.
    """
    saved = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if saved is not None:
            sys.modules["__main__"] = saved


def _submit(size: int, spec: str, fn: Any, *args: Any) -> cf.Future:
    pool = _get_pool(size, spec)
    if len(getattr(pool, "_processes", None) or ()) >= size:
        return pool.submit(fn, *args)   # every worker is up: submit spawns nothing
    with _lock, _plain_main():
        return pool.submit(fn, *args)


def configured_workers() -> int:
    # lazy: the heavy engine loads in the worker process only
    from ops.settings import get_settings

    return max(0, int(get_settings().engine_workers))


def _get_pool(size: int, spec: str) -> cf.ProcessPoolExecutor:
    global _pool, _pool_size
    with _lock:
        if _pool is None or _pool_size != size:
            if _pool is not None:
                _pool.shutdown(wait=False, cancel_futures=True)
            _pool = cf.ProcessPoolExecutor(
                max_workers=size, mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_init, initargs=(spec, os.getpid(), threads_per_worker(size)))
            _pool_size = size
        return _pool


def _discard_pool() -> None:
    global _pool
    with _lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


def start(spec: str | None = None) -> bool:
    """Start the workers now (at server start-up) so the first researcher does not wait for
    them; returns whether a pool is in use."""
    size = configured_workers()
    if size <= 0:
        return False
    # lazy: the heavy engine loads in the worker process only
    from ops.settings import get_settings

    spec = spec or get_settings().netest_model
    for _ in range(size):  # one trivial task per worker runs each initializer
        _submit(size, spec, int, 0)
    return True


def analyze(source: str, target: str, settings: AnalysisSettings | None = None, *,
            encoder: Any = None, model_info: ModelInfo | None = None, progress: Any = None
            ) -> AnalysisResult:
    """Same contract as ``analysis.pipeline.analyze`` (InputError for bad input), run in a
    worker when NETEST_ENGINE_WORKERS > 0, else in this process."""
    return analyze_json(source, target, settings, encoder=encoder, model_info=model_info,
                        progress=progress)[0]


def analyze_json(source: str, target: str, settings: AnalysisSettings | None = None, *,
                 encoder: Any = None, model_info: ModelInfo | None = None, progress: Any = None
                 ) -> tuple[AnalysisResult, str]:
    """``analyze`` plus the result's JSON (``AnalysisResult.to_json``), which a worker writes
    itself: the server keeps it (``model_runtime.cached_analyze``) without serialising again."""
    # lazy: the heavy engine loads in the worker process only
    from analysis.pipeline import analyze as analyze_here

    def here() -> tuple[AnalysisResult, str]:
        result = analyze_here(source, target, settings, encoder=encoder, model_info=model_info,
                              progress=progress, on_detector_error=report_detector_error)
        return result, result.to_json()

    settings = settings or AnalysisSettings()
    size = configured_workers()
    if size <= 0:
        return here()
    if progress is not None:
        progress("Analisando (processo do motor)", 0.1)
    try:
        future = _submit(size, settings.model, _worker_analyze, source, target,
                         settings.to_dict())
        text = future.result()
        result = AnalysisResult.from_dict(json.loads(text))
    except BrokenProcessPool:
        log.warning("engine pool broken; analysing in-process and rebuilding it next time")
        _discard_pool()
        return here()
    if progress is not None:
        progress("Pronto", 1.0)
    return result, text
