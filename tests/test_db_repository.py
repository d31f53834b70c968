"""Analyses, the content-hash cache, history, preferences and corpus runs — on both databases."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from analysis.types import AnalysisSettings, Detection
from db.engine import session_scope
from db.errors import NotFound, ReviewError
from db.models import Analysis
from db.views import Preferences
from tests.helpers import SOURCE, TARGET, make_result


def test_save_stores_result_and_one_pending_annotation_per_detection(repo):
    result = make_result()
    rec = repo.save_analysis(SOURCE, TARGET, result, title="Notícia 1")
    loaded = repo.get_analysis(rec.id)
    assert loaded.result.to_dict() == result.to_dict()
    assert loaded.title == "Notícia 1" and loaded.model_name == result.model.name
    assert loaded.settings == result.settings and loaded.timings == result.timings
    anns = repo.list_annotations(rec.id)
    assert [a.code for a in anns] == ["SL+", "RF+", "DL+"]
    assert {a.status for a in anns} == {"pending"} and {a.origin for a in anns} == {"machine"}
    assert anns[0].source_text == "município" and anns[0].target_text == "cidade"
    assert anns[2].target_text == "A prefeitura parou as obras. … Ela tem dificuldades."
    assert anns[0].confidence == pytest.approx(0.82)
    assert anns[0].explanation.startswith("“município”")


def test_cache_hit_only_for_same_texts_settings_and_engine(repo):
    rec = repo.save_analysis(SOURCE, TARGET, make_result())
    hit = repo.find_cached(SOURCE, TARGET, AnalysisSettings(), "0.1.0")
    assert hit is not None and hit.id == rec.id and hit.result.to_dict() == rec.result.to_dict()
    assert repo.find_cached(SOURCE + " ", TARGET, AnalysisSettings(), "0.1.0") is None
    assert repo.find_cached(SOURCE, TARGET, AnalysisSettings(min_confidence=0.5), "0.1.0") is None
    assert repo.find_cached(SOURCE, TARGET, AnalysisSettings(), "0.2.0") is None


def test_machine_may_not_produce_pro_or_out_of_bounds_spans(repo):
    bad = make_result()
    bad.strategies.append(Detection("PRO+", 0.5, [(0, 5)], []))
    with pytest.raises(ReviewError, match="PRO\\+ só pode"):
        repo.save_analysis(SOURCE, TARGET, bad)
    bad = make_result()
    bad.strategies[0].target_spans = [(0, len(TARGET) + 1)]
    with pytest.raises(ReviewError, match="fora do texto simplificado"):
        repo.save_analysis(SOURCE, TARGET, bad)
    assert repo.list_analyses().total == 0      # nothing partial stored


def test_history_search_filters_and_pagination(repo):
    ids = [repo.save_analysis(f"{SOURCE} Texto número {i}.", TARGET, make_result(), title=f"Análise {i}").id
           for i in range(25)]
    page1 = repo.list_analyses(page=1, page_size=10)
    assert page1.total == 25 and page1.pages == 3 and len(page1.items) == 10
    assert page1.items[0].id == ids[-1]                 # newest first
    page3 = repo.list_analyses(page=3, page_size=10)
    assert [s.id for s in page3.items] == list(reversed(ids[:5]))
    assert repo.list_analyses(search="análise 7").total == 1
    assert repo.list_analyses(search="FUNCIONÁRIOS").total == 25          # target text, any case
    assert repo.list_analyses(search="funcionarios").total == 25          # and without accents
    assert repo.list_analyses(search="crise.  os  funcionários").total == 25   # any spacing
    assert repo.list_analyses(search="100%").total == 0                   # LIKE wildcards escaped
    assert repo.list_analyses(code="DL+").total == 25
    assert repo.list_analyses(code="MT+").total == 0
    with pytest.raises(ReviewError):
        repo.list_analyses(code="XX+")
    row = page1.items[0]
    assert (row.n_detections, row.n_decided, row.progress) == (3, 0, 0.0)
    assert row.source_preview.startswith("O município")


def test_history_date_range_is_inclusive_per_day(repo):
    old = repo.save_analysis(SOURCE, TARGET, make_result(), title="antiga")
    new = repo.save_analysis(SOURCE, TARGET, make_result(), title="nova")
    with session_scope(repo.engine) as s:
        s.exec(update(Analysis).where(Analysis.id == old.id)
               .values(created_at=datetime(2024, 3, 10, 23, 30, tzinfo=UTC)))
    day = datetime(2024, 3, 10).date()
    assert [a.id for a in repo.list_analyses(date_from=day, date_to=day).items] == [old.id]
    assert [a.id for a in repo.list_analyses(date_from=day + timedelta(days=1)).items] == [new.id]
    assert repo.list_analyses(date_to=day - timedelta(days=1)).total == 0


def test_review_progress_counts_decisions(repo):
    rec = repo.save_analysis(SOURCE, TARGET, make_result())
    a, b, _c = repo.list_annotations(rec.id)
    repo.accept(a.id)
    repo.reject(b.id)
    repo.create_annotation(rec.id, "PRO+", [(0, 12)], [])
    row = repo.list_analyses().items[0]
    assert (row.n_detections, row.n_decided, row.n_human) == (3, 2, 1)
    gone = repo.create_annotation(rec.id, "OM+", [(0, 5)], [])
    repo.delete_annotation(gone.id)
    repo.relabel(a.id, "MT+")                      # decided -> decided: no change
    repo.undo(rec.id)
    repo.undo(rec.id)                              # un-delete
    repo.undo(rec.id)                              # un-create
    repo.undo(rec.id)                              # PRO+ creation undone
    repo.undo(rec.id)                              # reject undone
    row = repo.list_analyses().items[0]
    assert (row.n_detections, row.n_decided, row.n_human, row.progress) == (3, 1, 0, 1 / 3)
    renamed = repo.rename_analysis(rec.id, "x")
    assert (renamed.title, renamed.n_decided, renamed.n_detections) == ("x", 1, 3)


def test_progress_counters_are_backfilled_by_the_migration(repo):
    from db.migrate import downgrade, upgrade

    rec = repo.save_analysis(SOURCE, TARGET, make_result())
    a, b, _c = repo.list_annotations(rec.id)
    repo.accept(a.id)
    repo.create_annotation(rec.id, "PRO+", [(0, 12)], [])
    downgrade(repo.engine, "0001_initial")          # counters dropped, data kept
    upgrade(repo.engine)                             # re-added and backfilled from the annotations
    row = repo.list_analyses().items[0]
    assert (row.n_detections, row.n_decided, row.n_human) == (3, 1, 1)
    assert repo.get_annotation(b.id).status == "pending"


def test_rename_and_delete_analysis_with_annotations_and_events(repo):
    rec = repo.save_analysis(SOURCE, TARGET, make_result())
    ann = repo.list_annotations(rec.id)[0]
    repo.accept(ann.id)
    assert repo.rename_analysis(rec.id, "  Novo   título ").title == "Novo título"
    with pytest.raises(ReviewError, match="vazio"):
        repo.rename_analysis(rec.id, "   ")
    repo.delete_analysis(rec.id)
    with pytest.raises(NotFound):
        repo.get_analysis(rec.id)
    with pytest.raises(NotFound):
        repo.get_annotation(ann.id)
    with pytest.raises(NotFound):
        repo.events(rec.id)
    assert repo.list_analyses().total == 0


def test_preferences_default_validate_and_persist(repo):
    assert repo.get_preferences() == Preferences()
    saved = repo.save_preferences(Preferences(language="en", theme="dark", min_confidence=0.4,
                                              enabled_strategies=["SL+", "DL+", "SL+"], palette="colorblind"))
    assert saved.enabled_strategies == ["SL+", "DL+"]
    assert repo.get_preferences() == saved
    repo.save_preferences(Preferences(theme="light"))          # update, not a second row
    assert repo.get_preferences().theme == "light"
    for bad, msg in [(Preferences(language="fr"), "Idioma"), (Preferences(theme="neon"), "Tema"),
                     (Preferences(min_confidence=1.5), "entre 0 e 1"),
                     (Preferences(enabled_strategies=["ZZ+"]), "desconhecido")]:
        with pytest.raises(ReviewError, match=msg):
            repo.save_preferences(bad)
    assert repo.get_preferences().theme == "light"


def test_corpus_run_can_resume_after_a_kill(repo):
    items = [(f"par{i}", f"{SOURCE} {i}", TARGET) for i in range(4)]
    corpus = repo.create_corpus("Notícias", items)
    assert (corpus.status, corpus.total_pairs, corpus.n_pending) == ("pending", 4, 4)
    first, second, *_ = repo.pending_items(corpus.id)
    rec = repo.save_analysis(first.source, first.target, make_result(), corpus_id=corpus.id,
                             pair_name=first.name, pair_index=first.position)
    repo.mark_item_done(first.id, rec.id)
    repo.mark_item_error(second.id, "texto vazio")
    # "killed" here: a new repository object resumes from the database alone
    from db.repository import Repository
    resumed = Repository(repo.engine, repo.workspace_id)
    assert [i.name for i in resumed.pending_items(corpus.id)] == ["par2", "par3"]
    view = resumed.get_corpus(corpus.id)
    assert (view.status, view.n_done, view.n_error, view.n_pending) == ("running", 1, 1, 2)
    for item in resumed.pending_items(corpus.id):
        r = resumed.save_analysis(item.source, item.target, make_result(), corpus_id=corpus.id,
                                  pair_name=item.name, pair_index=item.position)
        resumed.mark_item_done(item.id, r.id)
    assert resumed.get_corpus(corpus.id).status == "done"
    items_now = resumed.corpus_items(corpus.id)
    assert items_now[1].status == "error" and items_now[1].error_message == "texto vazio"
    assert resumed.list_analyses(corpus_id=corpus.id).total == 3
    assert [c.id for c in resumed.list_corpora()] == [corpus.id]
    resumed.delete_corpus(corpus.id)
    assert resumed.list_corpora() == [] and resumed.list_analyses().total == 0


def test_corpus_input_is_validated(repo):
    with pytest.raises(ReviewError, match="nome"):
        repo.create_corpus("  ", [("a", "b", "c")])
    with pytest.raises(ReviewError, match="nenhum par"):
        repo.create_corpus("vazio", [])
    with pytest.raises(NotFound):
        repo.save_analysis(SOURCE, TARGET, make_result(), corpus_id=999_999)


def test_machine_annotations_of_reads_only_this_workspace(repo):
    from db.repository import Repository
    from db.workspaces import create_workspace

    rec = repo.save_analysis(SOURCE, TARGET, make_result(), title="Minha")
    repo.accept(repo.list_annotations(rec.id)[0].id)
    facts = repo.machine_annotations_of([rec.id])[rec.id]
    assert sorted((f.code, f.status) for f in facts) == [("DL+", "pending"), ("RF+", "pending"), ("SL+", "accepted")]
    other_ws, _ = create_workspace(repo.engine)
    other = Repository(repo.engine, other_ws.id)
    assert other.machine_annotations_of([rec.id]) == {rec.id: []}    # a crafted id: nothing leaks
