"""Review actions, their audit events, undo, and researcher-judged feedback — on both databases."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from analysis.types import STRATEGY_CODES
from db.errors import NotFound, ReviewError
from db.repository import Repository
from db.workspaces import create_workspace
from tests.helpers import SOURCE, TARGET, make_result


@pytest.fixture
def saved(repo):
    rec = repo.save_analysis(SOURCE, TARGET, make_result())
    return rec, repo.list_annotations(rec.id)


def test_accept_reject_relabel_write_events(repo, saved):
    rec, (sl, rf, dl) = saved
    assert repo.accept(sl.id).status == "accepted"
    assert repo.reject(rf.id, actor="ana").status == "rejected"
    relabelled = repo.relabel(dl.id, "RP+")
    assert (relabelled.status, relabelled.code, relabelled.original_code) == ("relabelled", "RP+", "DL+")
    assert relabelled.decided_at is not None
    back = repo.relabel(dl.id, "DL+")            # back to the machine's code = the machine was right
    assert (back.status, back.code) == ("accepted", "DL+")
    evs = repo.events(rec.id)
    assert [(e.action, e.from_status, e.to_status, e.from_code, e.to_code) for e in evs] == [
        ("accept", "pending", "accepted", "SL+", "SL+"),
        ("reject", "pending", "rejected", "RF+", "RF+"),
        ("relabel", "pending", "relabelled", "DL+", "RP+"),
        ("relabel", "relabelled", "accepted", "RP+", "DL+"),
    ]
    assert evs[1].actor == "ana" and evs[0].created_at.tzinfo is not None


def test_edit_span_validates_bounds_and_updates_excerpts(repo, saved):
    _rec, (sl, _rf, _dl) = saved
    start = TARGET.index("A cidade")
    view = repo.edit_span(sl.id, [(2, 11)], [(start, start + 8)])
    assert (view.source_text, view.target_text) == ("município", "A cidade")
    for spans, msg in [([(0, len(TARGET) + 1)], "fora do texto simplificado"), ([(5, 5)], "fora"),
                       ([(-1, 3)], "fora"), ([("a", 3)], "inválido")]:
        with pytest.raises(ReviewError, match=msg):
            repo.edit_span(sl.id, [(2, 11)], spans)
    with pytest.raises(ReviewError, match="pelo menos um trecho"):
        repo.edit_span(sl.id, [], [])
    assert repo.get_annotation(sl.id).source_spans == [(2, 11)]      # failed edits changed nothing


def test_create_human_annotations_any_code(repo, saved):
    rec, _ = saved
    pro = repo.create_annotation(rec.id, "PRO+", [(0, 12)], [], comment="Mudança de perspectiva")
    om = repo.create_annotation(rec.id, "OM+", [(13, 22)], [])
    assert (pro.origin, pro.status, pro.code, pro.confidence) == ("human", "created", "PRO+", None)
    assert pro.source_text == SOURCE[:12] and pro.comment == "Mudança de perspectiva"
    assert om.code == "OM+"
    with pytest.raises(ReviewError, match="desconhecido"):
        repo.create_annotation(rec.id, "ZZ+", [(0, 2)], [])
    with pytest.raises(ReviewError, match="pelo menos um trecho"):
        repo.create_annotation(rec.id, "RF+", [], [])
    with pytest.raises(ReviewError, match="fora do texto de partida"):
        repo.create_annotation(rec.id, "RF+", [(0, len(SOURCE) + 5)], [])
    with pytest.raises(ReviewError, match="detecções automáticas"):
        repo.accept(pro.id)
    assert repo.relabel(pro.id, "MOD+").status == "created"        # a researcher may recode their own
    assert {c for c in STRATEGY_CODES} >= {a.code for a in repo.list_annotations(rec.id)}


def test_invalid_actions_raise_portuguese_errors(repo, saved):
    _rec, (sl, rf, _dl) = saved
    with pytest.raises(ReviewError, match="desconhecido"):
        repo.relabel(sl.id, "XYZ")
    repo.delete_annotation(rf.id)
    for action in (lambda: repo.accept(rf.id), lambda: repo.reject(rf.id), lambda: repo.relabel(rf.id, "SL+"),
                   lambda: repo.comment(rf.id, "x"), lambda: repo.delete_annotation(rf.id)):
        with pytest.raises(ReviewError, match="excluída"):
            action()
    with pytest.raises(NotFound):
        repo.accept(10**9)
    with pytest.raises(ReviewError, match="longo demais"):
        repo.comment(sl.id, "x" * 6000)


def test_delete_is_soft_and_listed_on_request(repo, saved):
    rec, (sl, _rf, _dl) = saved
    repo.delete_annotation(sl.id)
    assert sl.id not in [a.id for a in repo.list_annotations(rec.id)]
    deleted = [a for a in repo.list_annotations(rec.id, include_deleted=True) if a.id == sl.id]
    assert deleted[0].status == "deleted"


def test_undo_restores_status_code_spans_and_comment_in_reverse_order(repo, saved):
    rec, (sl, rf, _dl) = saved
    repo.relabel(sl.id, "MT+")
    repo.edit_span(sl.id, [(0, 1)], [(0, 1)])
    repo.comment(sl.id, "duvidoso")
    repo.reject(rf.id)
    created = repo.create_annotation(rec.id, "PRO+", [(0, 5)], [])
    repo.delete_annotation(created.id)

    assert repo.undo(rec.id).status == "created"             # un-delete
    assert repo.undo(rec.id).status == "deleted"             # un-create
    assert repo.undo(rec.id).status == "pending" and repo.get_annotation(rf.id).decided_at is None
    assert repo.undo(rec.id).comment == ""
    assert repo.undo(rec.id).source_spans == sl.source_spans
    restored = repo.undo(rec.id)
    assert (restored.status, restored.code, restored.decided_at) == ("pending", "SL+", None)
    assert restored.source_spans == sl.source_spans and restored.target_spans == sl.target_spans
    assert repo.undo(rec.id) is None                          # nothing left
    undo_events = [e for e in repo.events(rec.id) if e.action == "undo"]
    assert len(undo_events) == 6 and all(e.undoes_event_id for e in undo_events)
    assert len({e.undoes_event_id for e in undo_events}) == 6


def test_feedback_stats_precision_confusion_and_days(engine):
    ws1, _ = create_workspace(engine)
    ws2, _ = create_workspace(engine)
    r1, r2 = Repository(engine, ws1.id), Repository(engine, ws2.id)
    for r in (r1, r2):
        for _ in range(2):
            r.save_analysis(SOURCE, TARGET, make_result())
    a = [x for rec in r1.list_analyses().items for x in r1.list_annotations(rec.id)]   # SL+,RF+,DL+ twice
    by = {}
    for x in a:
        by.setdefault(x.code, []).append(x.id)
    r1.accept(by["SL+"][0])
    r1.reject(by["SL+"][1])
    r1.relabel(by["RF+"][0], "SL+")
    r1.accept(by["DL+"][0])
    r1.accept(by["DL+"][1])
    r1.relabel(by["RF+"][1], "MT+")
    r1.undo(r1.get_annotation(by["RF+"][1]).analysis_id)   # that relabel is undone: back to pending
    b = r2.list_annotations(r2.list_analyses().items[0].id)
    r2.reject(b[0].id)

    st = r1.feedback_stats()
    per = {f.code: f for f in st.per_strategy}
    assert (per["SL+"].accepted, per["SL+"].rejected, per["SL+"].precision) == (1, 1, 0.5)
    assert (per["RF+"].relabelled, per["RF+"].pending, per["RF+"].precision) == (1, 1, 0.0)
    assert per["DL+"].precision == 1.0 and per["DL+"].total == 2
    assert st.confusion == [("RF+", "SL+", 1)]
    today = datetime.now(UTC).date()
    assert [(d.day, d.accepted, d.rejected, d.relabelled) for d in st.by_day] == [(today, 3, 1, 1)]
    assert st.scope == "workspace" and st.n_analyses == 2

    everyone = r1.feedback_stats(all_workspaces=True)
    per_all = {f.code: f for f in everyone.per_strategy}
    assert per_all["SL+"].rejected == 2 and per_all["SL+"].total == 4
    assert everyone.n_workspaces == 2 and everyone.scope == "all"
    assert r2.feedback_stats().per_strategy[0].code == "DL+"   # r2 sees only its own
    assert sum(f.judged for f in r2.feedback_stats().per_strategy) == 1


def test_a_decision_on_a_stale_version_is_refused_and_changes_nothing(repo, saved):
    """Issue 11 item 2: the version a card was drawn from travels with the decision."""
    rec, (sl, rf, _dl) = saved
    seen = repo.get_annotation(sl.id).version
    assert repo.accept(sl.id, expected_version=seen).status == "accepted"       # tab A
    with pytest.raises(ReviewError) as refused:                                  # tab B, drawn before
        repo.reject(sl.id, expected_version=seen)
    assert refused.value.code == "stale"
    assert repo.get_annotation(sl.id).status == "accepted" and len(repo.events(rec.id)) == 1
    fresh = repo.get_annotation(sl.id).version
    assert fresh != seen and repo.reject(sl.id, expected_version=fresh).status == "rejected"


def test_undo_of_a_given_event_reverts_only_that_action(repo, saved):
    rec, (sl, rf, _dl) = saved
    mine = repo.accept(sl.id)
    theirs = repo.reject(rf.id)
    assert mine.event_id and theirs.event_id and mine.event_id != theirs.event_id
    assert repo.undo(rec.id, event_id=mine.event_id).status == "pending"
    assert repo.get_annotation(rf.id).status == "rejected"
    assert repo.undo(rec.id, event_id=mine.event_id) is None                     # already undone
    # an action whose annotation changed afterwards cannot be undone behind the later change
    again = repo.accept(sl.id)
    repo.comment(sl.id, "mudou depois")
    with pytest.raises(ReviewError):
        repo.undo(rec.id, event_id=again.event_id)


def test_the_same_human_annotation_twice_is_refused(repo, saved):
    rec, _ = saved
    repo.create_annotation(rec.id, "PRO+", [(0, 12)], [], comment="a")
    with pytest.raises(ReviewError) as twice:
        repo.create_annotation(rec.id, "PRO+", [(0, 12)], [], comment="b")
    assert twice.value.code == "duplicate"
    assert sum(a.origin == "human" for a in repo.list_annotations(rec.id)) == 1


def test_edited_and_relabelled_explanations_say_so_and_undo_restores_the_machines(repo, saved):
    """Issue 11 item 18: after a span edit the explanation quotes the new span; a relabelled
    detection says a researcher relabelled it (both languages); undo brings the machine's text
    back, which stays in the event's "before" snapshot."""
    from analysis.types import localized

    rec, (sl, _rf, dl) = saved
    machine = sl.explanation
    start = TARGET.index("A cidade")
    edited = repo.edit_span(sl.id, [(2, 11)], [(start, start + 8)])
    assert localized(edited.explanation, "pt-BR") == (
        "Trecho ajustado por um pesquisador: no original «município», na versão simplificada «A cidade».")
    assert localized(edited.explanation, "en") == (
        "Span adjusted by a researcher: in the original «município», in the simplified version «A cidade».")
    assert repo.events(rec.id)[-1].detail["before"]["explanation"] == machine
    assert repo.undo(rec.id).explanation == machine
    relabelled = repo.relabel(dl.id, "RP+")
    assert localized(relabelled.explanation, "en") == "Relabelled by a researcher: DL+ → RP+."
    assert localized(relabelled.explanation, "pt-BR") == "Reclassificado por um pesquisador: DL+ → RP+."
    assert repo.undo(rec.id).explanation == dl.explanation
    same = repo.edit_span(sl.id, sl.source_spans, sl.target_spans)    # nothing moved: text kept
    assert same.explanation == machine
