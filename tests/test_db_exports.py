"""Exports: annotation tables (CSV safe against formula injection, JSONL, XLSX), the lossless
analysis bundle (round trip into another workspace and another database), corpus tables."""
from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from db import exports
from db.engine import dispose_engine, make_engine
from db.errors import ReviewError
from db.migrate import upgrade
from db.repository import Repository
from db.workspaces import create_workspace
from tests.helpers import SOURCE, TARGET, make_result

EVIL = "=HYPERLINK(\"http://x\",\"clique\")"


@pytest.fixture
def reviewed(repo):
    rec = repo.save_analysis(SOURCE, TARGET, make_result(), title="Exportação")
    sl, rf, dl = repo.list_annotations(rec.id)
    repo.accept(sl.id)
    repo.relabel(rf.id, "MT+")
    repo.comment(dl.id, EVIL)
    repo.create_annotation(rec.id, "PRO+", [(0, 12)], [(0, 8)], comment="+55 ligação; @fulano")
    deleted = repo.create_annotation(rec.id, "OM+", [(13, 22)], [])
    repo.delete_annotation(deleted.id)
    return rec


def test_csv_has_both_spans_texts_and_is_formula_safe(repo, reviewed):
    raw = exports.annotations_csv(repo, reviewed.id)
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 4                                      # the deleted one is left out
    by_code = {r["code"]: r for r in rows}
    assert by_code["SL+"]["source_text"] == "município" and by_code["SL+"]["target_text"] == "cidade"
    assert by_code["SL+"]["status"] == "accepted" and float(by_code["SL+"]["confidence"]) == 0.82
    assert by_code["MT+"]["original_code"] == "RF+" and by_code["MT+"]["status"] == "relabelled"
    assert by_code["DL+"]["comment"] == "'" + EVIL
    assert by_code["PRO+"]["comment"] == "'+55 ligação; @fulano" and by_code["PRO+"]["origin"] == "human"
    start, end = map(int, by_code["SL+"]["source_spans"].split("-"))
    assert SOURCE[start:end] == "município"
    for row in rows:
        assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values())
    all_rows = list(csv.DictReader(io.StringIO(exports.annotations_csv(repo, reviewed.id, True).decode("utf-8-sig"))))
    assert [r["status"] for r in all_rows].count("deleted") == 1


def test_jsonl_and_xlsx(repo, reviewed):
    lines = exports.annotations_jsonl(repo, reviewed.id).decode("utf-8").splitlines()
    objs = [json.loads(line) for line in lines]
    assert len(objs) == 4 and objs[0]["source_spans"] and isinstance(objs[0]["source_spans"][0], list)
    assert {o["comment"] for o in objs} >= {EVIL}          # JSON keeps the exact text
    wb = load_workbook(io.BytesIO(exports.annotations_xlsx(repo, reviewed.id)))
    ws = wb.active
    header = [c.value for c in ws[1]]
    assert header == exports.ANNOTATION_COLUMNS
    comments = [ws.cell(row=r, column=header.index("comment") + 1) for r in range(2, ws.max_row + 1)]
    evil = [c for c in comments if c.value == EVIL]
    assert evil and evil[0].data_type == "s"                 # stored as text, never as a formula


def _normalise(bundle: bytes) -> dict:
    """The bundle without instance-specific ids and export time."""
    b = json.loads(bundle)
    b.pop("exported_at")
    ann_ix = {a["id"]: i for i, a in enumerate(b["annotations"])}
    ev_ix = {e["id"]: i for i, e in enumerate(b["events"])}
    for a in b["annotations"]:
        a["id"] = ann_ix[a["id"]]
    for e in b["events"]:
        e["id"], e["annotation_id"] = ev_ix[e["id"]], ann_ix[e["annotation_id"]]
        if e["undoes_event_id"] is not None:
            e["undoes_event_id"] = ev_ix[e["undoes_event_id"]]
    return b


def test_bundle_round_trip_into_another_workspace_and_another_database(repo, reviewed, tmp_path):
    repo.undo(reviewed.id)                                     # an undo event must survive too
    original = exports.analysis_bundle(repo, reviewed.id)
    ws2, _ = create_workspace(repo.engine)
    other = Repository(repo.engine, ws2.id)
    imported = exports.import_bundle(other, original)
    assert imported.workspace_id == ws2.id and imported.id != reviewed.id
    assert _normalise(exports.analysis_bundle(other, imported.id)) == _normalise(original)

    url = f"sqlite:///{tmp_path}/other-instance.db"            # a different installation
    try:
        eng = make_engine(url)
        upgrade(eng)
        ws3, _ = create_workspace(eng)
        far = Repository(eng, ws3.id)
        again = exports.import_bundle(far, original)
        assert _normalise(exports.analysis_bundle(far, again.id)) == _normalise(original)
        assert far.find_cached(SOURCE, TARGET, reviewed.settings, reviewed.engine_version).id == again.id
        assert far.undo(again.id) is not None                  # the imported history is live
    finally:
        dispose_engine(url)


@pytest.mark.parametrize("data, msg", [
    (b"\xff\xfe not json", "não é JSON"),
    (b'{"format": "outra-coisa"}', "identificação do formato"),
    (b'{"format": "netest-analysis-bundle", "bundle_version": 99}', "não suportada"),
    (b'{"format": "netest-analysis-bundle", "bundle_version": 1, "analysis": {}, "annotations": [], "events": []}',
     "incompleto ou corrompido"),
])
def test_bad_bundles_are_refused_in_portuguese(repo, data, msg):
    with pytest.raises(ReviewError, match=msg):
        exports.import_bundle(repo, data)
    assert repo.list_analyses().total == 0


def test_tampered_bundle_leaves_nothing_behind(repo, reviewed):
    b = json.loads(exports.analysis_bundle(repo, reviewed.id))
    b["annotations"][-1]["source_spans"] = [[0, 10**6]]        # last one: earlier rows would be written first
    with pytest.raises(ReviewError, match="fora do texto"):
        exports.import_bundle(repo, json.dumps(b).encode())
    b = json.loads(exports.analysis_bundle(repo, reviewed.id))
    b["events"][-1]["annotation_id"] = 10**9
    with pytest.raises(ReviewError, match="inexistente"):
        exports.import_bundle(repo, json.dumps(b).encode())
    assert repo.list_analyses().total == 1                     # only the original


def test_corpus_exports_have_readability_deltas_and_strategy_counts(repo):
    corpus = repo.create_corpus("C", [("=cmd|' /C calc'!A0", SOURCE, TARGET), ("b", SOURCE, TARGET)])
    first, second = repo.pending_items(corpus.id)
    rec = repo.save_analysis(first.source, first.target, make_result(), corpus_id=corpus.id, pair_name=first.name)
    repo.reject(repo.list_annotations(rec.id)[0].id)
    repo.mark_item_done(first.id, rec.id)
    repo.mark_item_error(second.id, "falhou")
    rows = list(csv.DictReader(io.StringIO(exports.corpus_csv(repo, corpus.id).decode("utf-8-sig"))))
    assert rows[0]["pair"].startswith("'=")
    assert float(rows[0]["flesch_pt_delta"]) == pytest.approx(30.5)
    assert (rows[0]["SL+"], rows[0]["RF+"], rows[0]["DL+"], rows[0]["MT+"]) == ("0", "1", "1", "0")
    assert rows[1]["status"] == "error" and rows[1]["error"] == "falhou" and rows[1]["DL+"] == ""
    ws = load_workbook(io.BytesIO(exports.corpus_xlsx(repo, corpus.id))).active
    header = [c.value for c in ws[1]]
    assert ws.cell(row=2, column=header.index("words_per_sentence_delta") + 1).value == pytest.approx(-5.8)
    assert ws.cell(row=2, column=header.index("pair") + 1).data_type == "s"
