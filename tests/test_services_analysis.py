"""services.analysis_service and services.workspace on a real SQLite database and the real model."""
from __future__ import annotations

import pytest

from analysis.pipeline import analyze, load_model
from analysis.types import AnalysisSettings
from db.engine import dispose_engine, make_engine
from db.errors import DatabaseUnavailable
from db.migrate import upgrade
from db.repository import Repository
from ops import metrics
from services.analysis_service import decide, default_title, run_analysis, save_result
from services.workspace import INVALID_KEY_MESSAGE, resolve_or_create

SRC = ("O relatório foi entregue pela comissão. Todavia, o prefeito não compareceu à reunião. "
       "A escola, que fica no centro, recebeu novos computadores.")
TGT = ("A comissão entregou o relatório. Mas o prefeito não foi à reunião. "
       "A escola fica no centro. Ela recebeu novos computadores.")


@pytest.fixture(scope="module")
def model():
    return load_model("e5")


@pytest.fixture
def engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'svc.db'}"
    eng = make_engine(url)
    upgrade(eng)
    yield eng
    dispose_engine(url)


@pytest.fixture
def repo(engine):
    res = resolve_or_create(engine, None)
    return Repository(engine, res.workspace_id)


class DownRepo(Repository):
    """A repository whose database is gone: every call raises like session_scope does."""

    def __init__(self) -> None:  # noqa: D107 - no engine at all
        self.workspace_id = 0

    def __getattribute__(self, name):
        if name in ("find_cached", "save_analysis", "accept", "reject", "undo", "create_annotation"):
            def down(*a, **k):
                raise DatabaseUnavailable()
            return down
        return object.__getattribute__(self, name)


def _count(outcome: str) -> float:
    return metrics.METRICS.analyses.labels(outcome=outcome)._value.get()


def test_run_analysis_saves_then_reuses_cache(repo, model):
    encoder, info = model
    progress: list[tuple[str, float]] = []
    before_ok, before_cached = _count("ok"), _count("cached")
    out = run_analysis(repo, SRC, TGT, AnalysisSettings(), title="Teste", progress=lambda s, f: progress.append((s, f)),
                       encoder=encoder, model_info=info, rate_key="ws-test-1")
    assert out.ok and out.saved and not out.cached and out.analysis_id is not None
    assert out.result.strategies, "the pair has a passive→active change, a connective change and a split"
    assert progress and progress[-1][1] == 1.0
    rec = repo.get_analysis(out.analysis_id)
    assert rec.title == "Teste"
    assert len(repo.list_annotations(out.analysis_id)) == len(out.result.strategies)
    again = run_analysis(repo, SRC, TGT, AnalysisSettings(), encoder=encoder, model_info=info)
    assert again.cached and again.analysis_id == out.analysis_id
    assert _count("ok") == before_ok + 1 and _count("cached") == before_cached + 1
    assert info.fallback is False  # the shared ModelInfo is never mutated by a run


def test_database_down_returns_result_unsaved(model):
    encoder, info = model
    out = run_analysis(DownRepo(), SRC, TGT, encoder=encoder, model_info=info, rate_key="ws-test-2")
    assert out.ok and not out.saved and out.analysis_id is None
    assert out.save_message_pt == "Não foi possível salvar; nada foi perdido, tente novamente."
    no_db = run_analysis(None, SRC, TGT, encoder=encoder, model_info=info, rate_key="ws-test-2")
    assert no_db.ok and not no_db.saved


def test_save_result_retries_a_computed_analysis(repo, model):
    encoder, info = model
    result = analyze(SRC, TGT, encoder=encoder, model_info=info)
    failed = save_result(DownRepo(), SRC, TGT, result, "x")
    assert not failed.saved and failed.save_message_pt
    ok = save_result(repo, SRC, TGT, result, "x")
    assert ok.saved and repo.get_analysis(ok.analysis_id).title == "x"


def test_input_error_is_a_portuguese_message(repo, model):
    encoder, info = model
    out = run_analysis(repo, "   ", TGT, encoder=encoder, model_info=info, rate_key="ws-test-3")
    assert not out.ok and "vazio" in out.error_message_pt


def test_unexpected_engine_error_gives_an_error_id(repo):
    def broken(*a, **k):
        raise RuntimeError("boom")
    out = run_analysis(repo, SRC + " x", TGT, analyzer=broken, rate_key="ws-test-4")
    assert not out.ok and "Código do erro" in out.error_message_pt and "boom" not in out.error_message_pt


def test_rate_limit_refuses_with_portuguese_message(repo, monkeypatch):
    from ops import ratelimit

    limiter = ratelimit.RateLimiter(per_minute=1, window_seconds=60)
    monkeypatch.setattr(ratelimit, "get_rate_limiter", lambda: limiter)
    calls = []

    def fake(source, target, settings, **kw):
        calls.append(1)
        return analyze(source, target, settings, encoder=None)

    first = run_analysis(None, SRC, TGT, analyzer=fake, rate_key="same-ws")
    second = run_analysis(None, SRC, TGT, analyzer=fake, rate_key="same-ws")
    assert first.ok and not second.ok
    assert "Muitas análises" in second.error_message_pt and len(calls) == 1


def test_decisions_persist_and_report_failures(repo, model):
    encoder, info = model
    out = run_analysis(repo, SRC, TGT, encoder=encoder, model_info=info, rate_key="ws-test-5")
    anns = repo.list_annotations(out.analysis_id)
    a, b = anns[0], anns[1]
    assert decide(repo, "accept", a.id).ok
    assert decide(repo, "reject", b.id).ok
    statuses = {x.id: x.status for x in repo.list_annotations(out.analysis_id)}
    assert statuses[a.id] == "accepted" and statuses[b.id] == "rejected"
    rel = decide(repo, "relabel", a.id, code="SL+")
    assert rel.ok and rel.annotation.code == "SL+"
    bad = decide(repo, "relabel", a.id, code="XX+")
    assert not bad.ok and bad.saved is False and bad.message_pt
    created = decide(repo, "create", None, analysis_id=out.analysis_id, code="PRO+",
                     source_spans=[(0, 11)], target_spans=[], comment="sentido mudou")
    assert created.ok and created.annotation.status == "created"
    undo = decide(repo, "undo", None, analysis_id=out.analysis_id)
    assert undo.ok
    assert all(x.id != created.annotation.id for x in repo.list_annotations(out.analysis_id))
    down = decide(DownRepo(), "accept", a.id)
    assert not down.ok and not down.saved and "nada foi perdido" in down.message_pt
    assert not decide(None, "accept", a.id).saved


def test_workspace_resolution(engine):
    first = resolve_or_create(engine, None)
    assert first.is_new and first.key and first.message
    again = resolve_or_create(engine, first.key)
    assert again.workspace_id == first.workspace_id and not again.is_new and again.message is None
    unknown = resolve_or_create(engine, "chave-que-nao-existe")
    assert unknown.is_new and unknown.workspace_id != first.workspace_id
    assert unknown.message == INVALID_KEY_MESSAGE and unknown.key != "chave-que-nao-existe"
    huge = resolve_or_create(engine, "x" * 5000)
    assert huge.is_new and huge.workspace_id not in (first.workspace_id, unknown.workspace_id)


def test_default_title():
    assert default_title("Curto.") == "Curto."
    long = default_title("palavra " * 30)
    assert long.endswith("…") and len(long) <= 61
