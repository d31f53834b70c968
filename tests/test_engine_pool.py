"""Fresh analyses in worker processes (services.engine_pool): same result, same errors."""
from __future__ import annotations

import pytest

from analysis.pipeline import analyze as analyze_here
from analysis.types import AnalysisSettings, InputError
from ops.settings import get_settings
from services import engine_pool

SRC = ("O relatório foi entregue pela comissão. Todavia, o prefeito não compareceu à reunião. "
       "A escola, que fica no centro, recebeu novos computadores.")
TGT = ("A comissão entregou o relatório. Mas o prefeito não foi à reunião. "
       "A escola fica no centro. Ela recebeu novos computadores.")


@pytest.fixture
def one_worker(monkeypatch):
    monkeypatch.setenv("NETEST_ENGINE_WORKERS", "1")
    get_settings.cache_clear()
    yield
    engine_pool._discard_pool()
    get_settings.cache_clear()


def test_worker_gives_the_same_result_as_in_process(one_worker):
    settings = AnalysisSettings()
    assert engine_pool.start()
    pooled = engine_pool.analyze(SRC, TGT, settings)
    here = analyze_here(SRC, TGT, settings)
    assert [(g.source, g.target, g.kind) for g in pooled.alignments] == \
           [(g.source, g.target, g.kind) for g in here.alignments]
    assert [(d.code, d.source_spans, d.target_spans) for d in pooled.strategies] == \
           [(d.code, d.source_spans, d.target_spans) for d in here.strategies]
    assert pooled.model.backend == "e5"


def test_input_error_crosses_the_process_boundary(one_worker):
    with pytest.raises(InputError) as err:
        engine_pool.analyze("   ", TGT, AnalysisSettings())
    assert err.value.code == "empty_text" and "vazio" in err.value.message


def test_a_killed_worker_costs_no_analysis(one_worker):
    import os
    import signal

    pool = engine_pool._get_pool(1, "e5")
    pid = pool.submit(os.getpid).result()
    os.kill(pid, signal.SIGKILL)
    result = engine_pool.analyze(SRC, TGT, AnalysisSettings())   # broken pool: runs in-process
    assert result.strategies
    again = engine_pool.analyze(SRC, TGT, AnalysisSettings())    # and the pool is rebuilt
    assert again.strategies


def test_zero_workers_analyses_in_process(monkeypatch):
    monkeypatch.setenv("NETEST_ENGINE_WORKERS", "0")
    get_settings.cache_clear()
    assert not engine_pool.start()
    assert engine_pool.analyze(SRC, TGT).strategies
    assert engine_pool._pool is None or engine_pool._pool_size == 0
    get_settings.cache_clear()


def test_the_page_analyzer_runs_in_a_worker(one_worker):
    """Analisar passes runtime.cached_analyze; with workers configured it must use them."""
    from components import runtime

    assert engine_pool._pool is None
    result = runtime.cached_analyze(SRC + " Um.", TGT + " Um.", AnalysisSettings())
    assert result.strategies
    assert engine_pool._pool is not None and len(engine_pool._pool._processes) == 1


def test_a_worker_does_not_run_the_page_script(one_worker, tmp_path, monkeypatch):
    """Streamlit sets __main__ to the page script; a spawned worker must not re-import it."""
    import os
    import sys
    import types

    marker = tmp_path / "imported"
    page = tmp_path / "page_script.py"
    page.write_text(f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    fake_main = types.ModuleType("__main__")
    fake_main.__file__ = str(page)
    monkeypatch.setitem(sys.modules, "__main__", fake_main)
    assert engine_pool.start()
    pid = engine_pool._submit(1, "e5", os.getpid).result(timeout=120)
    assert pid != os.getpid()
    assert not marker.exists()
    assert sys.modules["__main__"] is fake_main     # restored after spawning


def _worker_env(name: str) -> str | None:
    import os

    return os.environ.get(name)


def test_each_worker_gets_its_share_of_the_cores_for_the_encoder(monkeypatch):
    """Two workers with one OpenMP thread per core each oversubscribe the machine (the batch
    measured it); each worker's encoder gets cores // workers threads."""
    from models.threads import threads_per_worker

    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setenv("NETEST_ENGINE_WORKERS", "2")
    get_settings.cache_clear()
    try:
        assert engine_pool.start()
        seen = {engine_pool._submit(2, "e5", _worker_env, "OMP_NUM_THREADS").result(timeout=180)
                for _ in range(4)}
        assert seen == {str(threads_per_worker(2))}
    finally:
        engine_pool._discard_pool()
        get_settings.cache_clear()


def test_threads_per_worker_divides_the_cores(monkeypatch):
    from models import threads

    monkeypatch.setattr(threads, "available_cores", lambda: 8)
    assert [threads.threads_per_worker(n) for n in (1, 2, 3, 8, 16)] == [8, 4, 2, 1, 1]


def test_an_operator_thread_setting_wins(monkeypatch):
    import os

    from models.threads import limit_encoder_threads

    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    limit_encoder_threads(1)
    assert os.environ["OMP_NUM_THREADS"] == "3"
