"""The store side of three levels and of calibration, on SQLite and PostgreSQL (revision 0006):
a chain is saved in one transaction as linked step analyses with one history entry; deleting it
deletes every step; plain-pair cache lookups never return a step; the calibration preference and
a three-level draft round-trip; the decisions a calibration is fitted on are this workspace's."""
from __future__ import annotations

from analysis.types import AnalysisSettings
from db.views import Preferences
from services import calibration, drafts
from tests.helpers import SOURCE, TARGET, make_result

LEVELS = {"levels": ["original", "natural", "forte"], "chain": [{"sentence": "s1", "steps": []}]}


def _chain(repo):
    steps = [make_result(), make_result()]        # hand-made detections: the store only links them
    return repo.save_levels([SOURCE, TARGET, TARGET + " Fim."], steps, dict(LEVELS), title="Três níveis")


def test_a_chain_is_one_history_entry_whose_steps_are_ordinary_reviewable_analyses(repo):
    plain = repo.save_analysis(SOURCE, TARGET, make_result(), title="Par")
    head = _chain(repo)
    first, second = head.levels["steps"]
    assert first == head.id and head.levels["levels"] == ["original", "natural", "forte"]
    step = repo.get_analysis(second)
    assert step.chain_head_id == head.id and step.level_index == 1 and step.levels is None
    assert step.title == "Três níveis · natural → forte"
    assert len(repo.list_annotations(second)) == 3                 # its own pending detections
    listed = repo.list_analyses().items
    assert [(a.id, a.is_chain) for a in listed] == [(head.id, True), (plain.id, False)]
    # a plain pair is never answered with a chain's step from the cache
    hit = repo.find_cached(SOURCE, TARGET, AnalysisSettings(), "0.1.0")
    assert hit is not None and hit.id == plain.id


def test_deleting_a_chain_deletes_every_step(repo):
    head = _chain(repo)
    second = head.levels["steps"][1]
    repo.delete_analysis(head.id)
    assert repo.list_analyses().total == 0
    from db.engine import session_scope
    from db.models import Analysis

    with session_scope(repo.engine, write=False) as s:
        assert s.get(Analysis, second) is None


def test_calibration_preference_and_three_level_draft_round_trip(repo):
    assert repo.get_preferences().calibrated_confidence is False          # off by default
    repo.save_preferences(Preferences(calibrated_confidence=True))
    assert repo.get_preferences().calibrated_confidence is True
    assert drafts.save(repo.engine, repo.workspace_id, drafts.DraftTexts("a", "b", "t", "c"))
    assert drafts.load(repo.engine, repo.workspace_id).third == "c"


def test_calibration_rests_on_this_workspaces_decisions_from_30_on(repo):
    rec = None
    for k in range(30):
        rec = repo.save_analysis(SOURCE, TARGET, make_result(), title=f"{k}")
        sl = next(a for a in repo.list_annotations(rec.id) if a.code == "SL+")
        (repo.accept if k % 3 == 0 else repo.reject)(sl.id)
        if k == 28:
            assert calibration.workspace_calibration(repo).curves == {}     # 29 decisions: raw only
    cal = calibration.workspace_calibration(repo)
    assert set(cal.curves) == {"SL+"} and cal.support("SL+") == 30
    assert abs(cal.calibrated("SL+", 0.82) - 10 / 30) < 1e-9
    assert repo.get_analysis(rec.id).result.strategies[0].confidence == 0.82   # stored value unchanged


def test_a_chains_history_row_counts_the_decisions_of_every_step(repo):
    from services.history import HistoryQuery, list_history
    from services.preferences import ReviewFilter

    head = _chain(repo)
    first, second = head.levels["steps"]
    n_first, n_second = len(repo.list_annotations(first)), len(repo.list_annotations(second))
    repo.accept(repo.list_annotations(second)[0].id)          # a decision on the second step only
    repo.reject(repo.list_annotations(second)[1].id)
    row = repo.list_analyses().items[0]
    assert row.id == head.id and (row.n_decided, row.n_detections) == (2, n_first + n_second)
    repo.accept(repo.list_annotations(first)[0].id)
    every = {a.code for step in (first, second) for a in repo.list_annotations(step)}
    shown = list_history(repo, HistoryQuery(), ReviewFilter.of(0.0, every)).value.items[0]
    assert (shown.n_decided, shown.n_detections) == (3, n_first + n_second)
