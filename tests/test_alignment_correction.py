"""Correcting a saved analysis' alignment through the service, on SQLite and PostgreSQL, with
the real e5 model: re-detection of the changed groups, the review record, undo."""
from __future__ import annotations

import pytest

from analysis.pipeline import analyze
from analysis.realign import Correction, redetect
from analysis.types import AUTOMATIC_CODES, AlignmentGroup, AnalysisSettings
from services.alignment_correction import correct_alignment, corrections, undo_correction

#: s2 and s3 were merged into t2, reworded so that few words are shared
SOURCE = ("O prefeito inaugurou a nova biblioteca municipal na manhã de sábado. "
          "O empreendimento demandou aporte vultoso. "
          "O montante foi custeado pela administração estadual. "
          "Os moradores elogiaram o acervo de livros infantis.")
TARGET = ("O prefeito abriu a nova biblioteca da cidade no sábado de manhã. "
          "Foi caro, e quem bancou foi o governo. "
          "Os moradores gostaram dos livros para crianças.")
S2, S3 = "O empreendimento demandou aporte vultoso.", "O montante foi custeado pela administração estadual."
WITH_OM = AnalysisSettings(strategies=tuple(AUTOMATIC_CODES))
MERGE = Correction("merge", ("s2", "s3"), ("t2",))


@pytest.fixture(scope="module")
def misread(e5):
    """The machine's reading of the merge as two omissions (OM+) and an insertion (IN+): the
    aligner's own output on these texts (s2 omitted, s3 ↔ t2) is re-read with the merged
    sentence unmatched, and every detector run on that alignment as the pipeline does."""
    result = analyze(SOURCE, TARGET, WITH_OM, encoder=e5)
    groups = [g for g in result.alignments if g.source not in (["s2"], ["s3"])]
    groups[1:1] = [AlignmentGroup(["s2"], [], 0.7, "omitted"), AlignmentGroup(["s3"], [], 0.7, "omitted"),
                   AlignmentGroup([], ["t2"], 0.7, "added")]
    return redetect(result, groups, e5).result


def _save(repo, result):
    return repo.save_analysis(SOURCE, TARGET, result, title="Biblioteca").id


def _pending(repo, aid):
    return {(a.code, a.source_text, a.target_text) for a in repo.list_annotations(aid) if a.status == "pending"}


def _codes(repo, aid, status="pending"):
    return sorted(a.code for a in repo.list_annotations(aid) if a.status == status)


def test_merge_read_as_om_and_in_becomes_one_rp_group(repo, misread) -> None:
    aid = _save(repo, misread)
    before = _codes(repo, aid)
    assert before.count("OM+") == 2 and "IN+" in before and "RP+" not in before
    sl = next(a for a in repo.list_annotations(aid) if a.code == "SL+")
    repo.accept(sl.id)                                    # a decision on an unchanged group

    out = correct_alignment(repo, aid, MERGE)
    assert out.ok, out
    assert out.correction.n_superseded == 3 and out.correction.n_new >= 1
    rec = repo.get_analysis(aid)
    merged = [g for g in rec.result.alignments if g.source == ["s2", "s3"]]
    assert len(merged) == 1 and merged[0].target == ["t2"] and merged[0].by_researcher
    after = _codes(repo, aid)
    assert "RP+" in after
    # the stale OM+ / IN+ cards left the pending list (no whole-sentence omission or insertion left)
    assert "IN+" not in after
    assert not [a for a in repo.list_annotations(aid) if a.code == "OM+" and a.source_text in (S2, S3)]
    # they stay in the record, superseded
    hidden = [a for a in repo.list_annotations(aid, include_deleted=True) if a.status == "superseded"]
    assert sorted(a.code for a in hidden) == ["IN+", "OM+", "OM+"]
    # the decision on the unchanged group is kept and still points at its detection
    kept = next(a for a in repo.list_annotations(aid) if a.id == sl.id)
    assert kept.status == "accepted" and not kept.needs_look
    assert rec.result.strategies[kept.detection_index].code == "SL+"
    assert rec.result.strategies[kept.detection_index].source_spans == [tuple(s) for s in kept.source_spans]
    # every listed machine card points at a detection of the stored result with its spans
    for a in repo.list_annotations(aid):
        d = rec.result.strategies[a.detection_index]
        assert (d.code, [list(s) for s in d.source_spans]) == (a.original_code, [list(s) for s in a.source_spans])
    summary = repo.list_analyses().items[0]
    assert summary.n_detections == len(repo.list_annotations(aid)) and summary.n_decided == 1
    assert {e.action for e in repo.events(aid)} >= {"realign"}

    undone = undo_correction(repo, aid)
    assert undone.ok and undone.correction.undoes_id == out.correction.id
    restored = _codes(repo, aid)
    restored.append("SL+")
    assert sorted(restored) == before
    back = repo.get_analysis(aid).result
    assert [(g.source, g.target) for g in back.alignments] == [(g.source, g.target) for g in misread.alignments]
    assert next(a for a in repo.list_annotations(aid) if a.id == sl.id).status == "accepted"
    assert [c.action for c in corrections(repo, aid)] == ["merge", "undo"]
    assert corrections(repo, aid)[0].undone
    assert undo_correction(repo, aid).reason == "nothing_to_undo"


def test_decided_card_on_a_changed_group_is_flagged_not_dropped(repo, misread) -> None:
    aid = _save(repo, misread)
    om = next(a for a in repo.list_annotations(aid) if a.code == "OM+")
    repo.reject(om.id)
    assert correct_alignment(repo, aid, MERGE).ok
    flagged = next(a for a in repo.list_annotations(aid) if a.id == om.id)
    assert flagged.status == "rejected" and flagged.needs_look
    repo.relabel(om.id, "RP+")
    assert not next(a for a in repo.list_annotations(aid) if a.id == om.id).needs_look


def test_undo_refused_after_a_decision_on_a_new_card(repo, misread) -> None:
    aid = _save(repo, misread)
    assert correct_alignment(repo, aid, MERGE).ok
    rp = next(a for a in repo.list_annotations(aid) if a.code == "RP+")
    repo.accept(rp.id)
    out = undo_correction(repo, aid)
    assert not out.ok and out.failure == "store_refused" and out.reason == "stale" and out.message_pt
    assert next(a for a in repo.list_annotations(aid) if a.id == rp.id).status == "accepted"


def test_bad_choice_and_stale_version_change_nothing(repo, misread) -> None:
    aid = _save(repo, misread)
    before = repo.get_analysis(aid).result.to_json()
    bad = correct_alignment(repo, aid, Correction("link", ("s1",), ()))
    assert bad.failure == "input" and bad.reason == "both_sides" and bad.message_pt
    result, version = repo.alignment_state(aid)
    assert correct_alignment(repo, aid, Correction("omitted", ("s1",), ())).ok
    with pytest.raises(Exception) as err:
        repo.correct_alignment(aid, result, {}, [], [], MERGE.to_dict(), version)
    assert getattr(err.value, "code", "") == "stale"
    assert repo.get_analysis(aid).result.to_json() != before   # only the accepted correction landed
    assert len(corrections(repo, aid)) == 1


def test_exports_carry_the_corrected_alignment_and_who_set_it(repo, misread) -> None:
    import csv
    import io

    from openpyxl import load_workbook

    from db.exports import annotations_xlsx
    from services.export import alignment_file
    from services.interop import PairExport, to_cas

    aid = _save(repo, misread)
    rows = list(csv.DictReader(io.StringIO(alignment_file(repo, aid).decode("utf-8-sig"))))
    assert {r["set_by"] for r in rows} == {"machine"}
    assert correct_alignment(repo, aid, MERGE).ok
    rows = list(csv.DictReader(io.StringIO(alignment_file(repo, aid).decode("utf-8-sig"))))
    merged = [r for r in rows if r["source_sentences"] == "s2 s3"]
    assert len(merged) == 1 and merged[0]["target_sentences"] == "t2" and merged[0]["kind"] == "merge"
    assert merged[0]["set_by"] == "researcher" and merged[0]["score"] == ""
    assert [r["set_by"] for r in rows].count("researcher") == 1
    sheet = load_workbook(io.BytesIO(annotations_xlsx(repo, aid)))["alinhamento"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = values[0]
    assert [v[header.index("set_by")] for v in values[1:]].count("researcher") == 1
    cas = to_cas(PairExport("par", repo.get_analysis(aid).result))
    links = cas.select("netest.AlignmentLink")
    by = {(lk.Governor.sentenceId, lk.Dependent.sentenceId): lk.setBy for lk in links}
    assert by[("s2", "t2")] == by[("s3", "t2")] == "researcher"
    assert by[("s1", "t1")] == "machine"


def test_bundle_round_trip_keeps_the_correction(repo, misread) -> None:
    from db.exports import analysis_bundle, import_bundle

    aid = _save(repo, misread)
    assert correct_alignment(repo, aid, MERGE).ok
    copy = import_bundle(repo, analysis_bundle(repo, aid))
    assert [g.by_researcher for g in copy.result.alignments] == [g.by_researcher for g in
                                                                 repo.get_analysis(aid).result.alignments]
    assert _codes(repo, copy.id) == _codes(repo, aid)
    summary = next(s for s in repo.list_analyses().items if s.id == copy.id)
    assert summary.n_detections == len(repo.list_annotations(copy.id))


def test_review_undo_leaves_superseded_cards_alone(repo, misread) -> None:
    aid = _save(repo, misread)
    om = next(a for a in repo.list_annotations(aid) if a.code == "OM+")
    repo.comment(om.id, "confira")
    assert correct_alignment(repo, aid, MERGE).ok
    assert repo.undo(aid) is None                       # the only action was on a superseded card
    assert undo_correction(repo, aid).ok                # the correction's own undo brings it back
    assert repo.undo(aid).id == om.id and repo.get_annotation(om.id).comment == ""


def test_review_card_of_a_researcher_group_says_who_set_it(repo, misread) -> None:
    from analysis.types import localized

    aid = _save(repo, misread)
    assert correct_alignment(repo, aid, MERGE).ok
    result = repo.get_analysis(aid).result
    rp = next(a for a in repo.list_annotations(aid) if a.code == "RP+")
    assert "definido por um pesquisador" in rp.explanation
    english = localized(rp.explanation, "en", result.engine_message(rp.explanation, rp.detection_index))
    assert "set by a researcher" in english and english.startswith("Sentences merged")
    sl = next(a for a in repo.list_annotations(aid) if a.code == "SL+")     # an unchanged group
    assert "pesquisador" not in sl.explanation


def _groups(repo, aid):
    return [(g.source, g.target) for g in repo.get_analysis(aid).result.alignments]


def test_undo_goes_back_through_the_history_and_a_stale_page_is_refused(repo, misread) -> None:
    aid = _save(repo, misread)
    steps = [(_groups(repo, aid), _codes(repo, aid))]
    first = correct_alignment(repo, aid, MERGE)
    steps.append((_groups(repo, aid), _codes(repo, aid)))
    second = correct_alignment(repo, aid, Correction("omitted", ("s4",), ()))
    assert first.ok and second.ok and _groups(repo, aid) != steps[-1][0]
    # a page that still offers to undo the first correction (drawn before the second) is refused
    stale = undo_correction(repo, aid, expected_id=first.correction.id)
    assert not stale.ok and stale.failure == "store_refused" and stale.reason == "stale_undo" and stale.message_pt
    assert [c.undone for c in corrections(repo, aid)] == [False, False]
    back = undo_correction(repo, aid, expected_id=second.correction.id)
    assert back.ok and back.correction.undoes_id == second.correction.id
    assert (_groups(repo, aid), _codes(repo, aid)) == steps[1]
    # the same click again (a second tab): that correction is undone already
    assert undo_correction(repo, aid, expected_id=second.correction.id).reason == "stale_undo"
    again = undo_correction(repo, aid, expected_id=first.correction.id)
    assert again.ok and again.correction.undoes_id == first.correction.id
    assert (_groups(repo, aid), _codes(repo, aid)) == steps[0]
    assert [(c.action, c.undone) for c in corrections(repo, aid)] == [
        ("merge", True), ("omitted", True), ("undo", False), ("undo", False)]
    assert undo_correction(repo, aid).reason == "nothing_to_undo"
    assert undo_correction(repo, aid, expected_id=first.correction.id).reason == "stale_undo"


def test_bundle_carries_the_correction_log_and_the_copy_can_undo(repo, misread) -> None:
    import json

    from db.exports import analysis_bundle, import_bundle

    aid = _save(repo, misread)
    first = correct_alignment(repo, aid, MERGE)
    second = correct_alignment(repo, aid, Correction("omitted", ("s4",), ()))
    assert first.ok and second.ok and undo_correction(repo, aid).ok
    bundle = json.loads(analysis_bundle(repo, aid))
    log = bundle["alignment_corrections"]
    assert [(c["action"], c["undoes_id"]) for c in log] == [
        ("merge", None), ("omitted", None), ("undo", second.correction.id)]
    assert log[0]["detail"]["correction"] == MERGE.to_dict() and log[0]["actor"]
    assert [(g["source"], g["target"]) for g in log[0]["before_result"]["alignments"]] == \
        [(g.source, g.target) for g in misread.alignments]
    copy = import_bundle(repo, json.dumps(bundle).encode())
    assert [(c.action, c.undone, c.source) for c in corrections(repo, copy.id)] == [
        ("merge", False, ["s2", "s3"]), ("omitted", True, ["s4"]), ("undo", False, ["s4"])]
    realign = [e for e in repo.events(copy.id) if e.action == "realign"]
    assert realign and {e.detail["correction_id"] for e in realign} <= {c.id for c in corrections(repo, copy.id)}
    # the copy's history is live: its merge can be undone there, the misread comes back
    assert undo_correction(repo, copy.id).ok
    assert [(g.source, g.target) for g in repo.get_analysis(copy.id).result.alignments] == \
        [(g.source, g.target) for g in misread.alignments]
    assert sorted(_codes(repo, copy.id)) == sorted(_codes(repo, _save(repo, misread)))
    assert [(g.source, g.target) for g in repo.get_analysis(aid).result.alignments] != \
        [(g.source, g.target) for g in misread.alignments]           # the original is untouched
    # a log naming an annotation the bundle lacks is refused, nothing imported
    bundle["alignment_corrections"][0]["detail"]["created"] = [10 ** 9]
    n = repo.list_analyses().total
    with pytest.raises(Exception) as err:
        import_bundle(repo, json.dumps(bundle).encode())
    assert getattr(err.value, "code", "") == "invalid_bundle" and repo.list_analyses().total == n
