"""bench/annotator_agreement.py: a second annotator's phrase file is read exactly as the gold's
own phrase files were, and agreement is scored on the engine's scale."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.annotator_agreement import alpha_per_code, as_detections, parse_ann, to_row, without
from bench.strategies_dev import load
from bench.strategies_porsimples import key, score

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"

SOURCE = "O réu foi absolvido ontem. O juiz leu a sentença e o réu saiu."
TARGET = "O acusado foi inocentado ontem. O juiz leu a decisão. O acusado saiu."
GOLD = {"production_id": 1, "split": "heldout", "source": SOURCE, "target": TARGET, "groups": [
    {"source": [[0, 26]], "target": [[0, 31]], "codes": ["SL+"], "spans": [
        {"code": "SL+", "source": [[2, 5]], "target": [[2, 9]]},
        {"code": "SL+", "source": [[10, 19]], "target": [[14, 23]]}]},
    {"source": [[27, 63]], "target": [[32, 53], [54, 70]], "codes": ["RP+", "SL+"], "spans": [
        {"code": "SL+", "source": [[42, 50]], "target": [[44, 51]]}]},
]}


@pytest.mark.parametrize("name", ["porsimples_valid_a", "porsimples_valid_b"])
def test_the_gold_phrase_files_convert_to_exactly_their_own_offsets(name):
    """The parser is the gold's: each valid annotator's phrase file gives that file's spans."""
    gold = load(DATA / f"{name}.jsonl")
    labels = parse_ann((DATA / f"{name}.ann.txt").read_text(encoding="utf-8"))
    for r in gold:
        row = to_row(r, labels[key(r)])
        for mine, theirs in zip(row["groups"], r["groups"], strict=True):
            assert sorted(mine["codes"]) == sorted(theirs["codes"]), key(r)
            assert sorted((s["code"], s["source"], s["target"]) for s in mine["spans"]) == sorted(
                (s["code"], [tuple(x) for x in s["source"]], [tuple(x) for x in s["target"]])
                for s in theirs["spans"]), key(r)
        assert score([r], {key(r): as_detections(row)})["macro_f1"] == 1.0


def test_occurrence_marks_whole_words_and_sentence_breaks():
    ann = parse_ann("@1\ng0 SL+\n  SL+ ~réu => acusado\ng1 RP+ SL+ | note\n  SL+ réu => ~O#2\n"
                    "  SL+ sentença e => decisão. O\n")
    row = to_row(GOLD, ann[1])
    spans = [(s["source"], s["target"]) for g in row["groups"] for s in g["spans"]]
    assert spans[0] == ([(2, 5)], [(2, 9)])
    assert spans[1] == ([(SOURCE.rindex("réu"), SOURCE.rindex("réu") + 3)], [(54, 55)])   # the 2nd "O"
    assert TARGET[slice(*spans[2][1][0])] == "decisão. O"       # across the split's sentence break


def test_a_phrase_not_in_its_group_is_refused():
    with pytest.raises(ValueError, match="absolvido"):
        to_row(GOLD, parse_ann("@1\ng1 SL+\n  SL+ absolvido => inocentado\n")[1])
    with pytest.raises(ValueError, match="not understood"):
        parse_ann("@1\ng0 SL+\nSL+ réu => acusado\n")


def test_disagreement_lowers_f1_and_alpha():
    same = to_row(GOLD, parse_ann("@1\ng0 SL+\n  SL+ réu => acusado\n  SL+ absolvido => inocentado\n"
                                  "g1 RP+ SL+\n  SL+ sentença => decisão\n")[1])
    assert score([GOLD], {1: as_detections(same)})["macro_f1"] == 1.0
    other = to_row(GOLD, parse_ann("@1\ng0 RF+\ng1 RP+ SL+\n  SL+ sentença => decisão\n")[1])
    s = score([GOLD], {1: as_detections(other)})
    assert s["per_code"]["SL+"]["recall"] == pytest.approx(1 / 3)
    assert s["per_code"]["SL+"]["precision"] == 1.0
    assert s["per_code"]["RF+"]["fp"] == 1
    alphas = alpha_per_code([GOLD], [other])
    assert alphas["RP+"]["both"] == 1 and alphas["RF+"] == {"first": 0, "second": 1, "both": 0,
                                                              "alpha": alphas["RF+"]["alpha"]}
    assert alphas["RF+"]["alpha"] is not None and alphas["RF+"]["alpha"] < 1.0


def test_left_out_groups_drop_their_gold_and_the_detections_inside_them():
    other = to_row(GOLD, parse_ann("@1\ng0 RF+\ng1 RP+ SL+\n  SL+ sentença => decisão\n")[1])
    preds = {1: as_detections(other)}
    rows, kept = without([GOLD], preds, frozenset({(1, 0)}))
    assert len(rows[0]["groups"]) == 1 and [d.code for d in kept[1]] == ["RP+", "SL+"]
    assert score(rows, kept)["macro_f1"] == 1.0            # the disagreement was all in group 0
    assert score([GOLD], preds)["macro_f1"] < 1.0


def test_the_second_annotation_covers_every_held_back_group_and_converts():
    gold = [r for r in load(DATA / "porsimples_strategies.jsonl") if r["split"] == "heldout"]
    labels = parse_ann((DATA / "porsimples_heldout_second.ann.txt").read_text(encoding="utf-8"))
    assert sorted(labels) == sorted(key(r) for r in gold)
    for r in gold:
        assert sorted(labels[key(r)]) == list(range(len(r["groups"]))), key(r)
        row = to_row(r, labels[key(r)])                  # every phrase found in its group
        assert all(s["source"] or s["target"] for g in row["groups"] for s in g["spans"])
