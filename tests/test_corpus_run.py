"""The corpus runner on a real SQLite database with the real engine and the embedded e5 model."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.types import AnalysisSettings
from db.engine import dispose_engine, make_engine
from db.migrate import upgrade
from db.repository import Repository
from db.workspaces import create_workspace
from services.corpus_run import corpus_overview, create_run, run_pending

PAIRS = [
    ("juiz", "O réu foi absolvido pelo juiz ontem.", "O acusado foi inocentado pelo juiz ontem."),
    ("feira", "Neste ano, a feira terá mais expositores.", "A feira terá mais expositores neste ano."),
    ("ponte", "A ponte foi reaberta.", "A ponte foi reaberta. Os motoristas comemoraram."),
]


def _pairs(rows=PAIRS):
    return [SimpleNamespace(name=n, source=s, target=t) for n, s, t in rows]


@pytest.fixture
def repo(tmp_path):
    url = f"sqlite:///{(tmp_path / 'corpus.db').as_posix()}"
    engine = make_engine(url)
    upgrade(engine)
    ws, _ = create_workspace(engine)
    yield Repository(engine, ws.id)
    dispose_engine(url)


SETTINGS = AnalysisSettings(model="e5")


def test_run_analyses_every_pair_and_links_it_to_the_corpus(repo):
    corpus_id = create_run(repo, "Meu corpus", _pairs())
    assert [i.status for i in repo.corpus_items(corpus_id)] == ["pending"] * 3
    seen: list[float] = []
    summary = run_pending(repo, corpus_id, SETTINGS, progress=lambda f, _m: seen.append(f))
    assert (summary.done, summary.errors, summary.remaining) == (3, 0, 0)
    assert summary.finished
    assert seen[-1] == 1.0 and seen == sorted(seen)
    items = repo.corpus_items(corpus_id)
    assert all(i.status == "done" and i.analysis_id for i in items)
    page = repo.list_analyses(corpus_id=corpus_id)
    assert page.total == 3
    assert {s.pair_name for s in page.items} == {"juiz", "feira", "ponte"}
    assert repo.get_corpus(corpus_id).n_done == 3


def test_a_bad_pair_is_marked_error_and_the_run_goes_on(repo):
    rows = [PAIRS[0], ("vazio", "Um texto que existe.", "   "), PAIRS[1]]
    corpus_id = create_run(repo, "Com erro", _pairs(rows))
    summary = run_pending(repo, corpus_id, SETTINGS)
    assert (summary.done, summary.errors, summary.remaining) == (2, 1, 0)
    bad = [i for i in repo.corpus_items(corpus_id) if i.name == "vazio"][0]
    assert bad.status == "error"
    assert "vazio" in bad.error_message          # the engine's Portuguese message
    assert summary.error_messages["vazio"] == bad.error_message


def test_a_killed_run_keeps_what_was_done_and_resumes_the_rest(repo):
    corpus_id = create_run(repo, "Interrompido", _pairs())
    calls = {"n": 0}

    class Killed(Exception):
        pass

    def progress(_fraction, message):
        # the second "Analisando" message means pair 1 finished: die like a killed process
        if message.startswith("Analisando"):
            calls["n"] += 1
            if calls["n"] == 2:
                raise Killed

    with pytest.raises(Killed):
        run_pending(repo, corpus_id, SETTINGS, progress=progress)
    statuses = [i.status for i in repo.corpus_items(corpus_id)]
    assert statuses == ["done", "pending", "pending"]
    assert [i.name for i in repo.pending_items(corpus_id)] == ["feira", "ponte"]

    summary = run_pending(repo, corpus_id, SETTINGS)
    assert (summary.done, summary.remaining) == (2, 0)
    assert repo.list_analyses(corpus_id=corpus_id).total == 3     # nothing analysed twice


def test_should_stop_stops_between_pairs(repo):
    corpus_id = create_run(repo, "Parar", _pairs())
    summary = run_pending(repo, corpus_id, SETTINGS, should_stop=lambda: True)
    assert summary.stopped and summary.done == 0 and summary.remaining == 3


def test_create_run_refuses_empty_name_or_no_pairs(repo):
    from analysis.types import InputError

    with pytest.raises(InputError, match="nome"):
        create_run(repo, "  ", _pairs())
    with pytest.raises(InputError):
        create_run(repo, "Vazio", [])
    assert repo.list_corpora() == []


def test_overview_counts_follow_the_review(repo):
    corpus_id = create_run(repo, "Visão", _pairs())
    run_pending(repo, corpus_id, SETTINGS)
    before = corpus_overview(repo, corpus_id)
    assert before.n_done == 3 and before.n_pending == 0
    assert sum(before.strategy_counts.values()) == sum(r.n_detections for r in before.rows) > 0
    row = next(r for r in before.rows if r.n_detections)
    assert row.flesch_source is not None and row.flesch_target is not None
    ann = repo.list_annotations(row.analysis_id)[0]
    repo.reject(ann.id)
    after = corpus_overview(repo, corpus_id)
    assert sum(after.strategy_counts.values()) == sum(before.strategy_counts.values()) - 1
    assert after.strategy_counts.get(ann.code, 0) == before.strategy_counts[ann.code] - 1
