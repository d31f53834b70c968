"""Agreement statistics checked against published worked examples and the matching rule."""
from __future__ import annotations

import pytest

from services.agreement import (
    NONE,
    Judgement,
    Unit,
    alpha_figure,
    cohen_kappa,
    disagreements,
    kappa_figure,
    merge_human_units,
    overall,
    per_code,
    with_machine,
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
# twelve units, nominal data with missing values; the published value is alpha = 0.743.
_K2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def _units_from_matrix(matrix) -> list[dict[str, str]]:
    units = []
    for j in range(len(matrix[0])):
        units.append({f"o{i}": str(row[j]) for i, row in enumerate(matrix) if row[j] is not None})
    return units


def test_krippendorff_alpha_matches_published_nominal_example():
    fig = alpha_figure(_units_from_matrix(_K2011), rounds=200)
    # unit 12 has one value only: not pairable, left out exactly as Krippendorff does
    assert fig.n_units == 11
    assert fig.value == pytest.approx(0.743, abs=0.0005)
    assert fig.interval is not None and fig.interval.low <= fig.value <= fig.interval.high


def test_cohen_kappa_matches_textbook_example():
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> p_o 0.7, p_e 0.5, kappa 0.4
    a = ["y"] * 20 + ["y"] * 5 + ["n"] * 10 + ["n"] * 15
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    fig = kappa_figure([{"A": x, "B": y} for x, y in zip(a, b, strict=True)], rounds=200)
    assert fig.value == pytest.approx(0.4)
    assert fig.interval.low < 0.4 < fig.interval.high


def test_single_annotator_or_no_overlap_is_not_a_number():
    one = alpha_figure([{"A": "SL+"}, {"A": NONE}])
    assert one.value is None and one.reason == "few_annotators"
    # two annotators who never judged the same unit: nothing to compare
    apart = kappa_figure([{"A": "SL+"}, {"B": "SL+"}])
    assert apart.value is None and apart.reason == "few_units"
    # full agreement on a single category: no variation, no number
    same = alpha_figure([{"A": "SL+", "B": "SL+"}, {"A": "SL+", "B": "SL+"}])
    assert same.value is None and same.reason == "no_variation"


def test_human_annotations_join_by_code_and_overlap():
    added = [
        Judgement("ana", "EXP+", target_spans=((10, 30),)),
        Judgement("bia", "EXP+", target_spans=((25, 40),)),     # overlaps ana's: same unit
        Judgement("bia", "EXP+", target_spans=((80, 90),)),     # elsewhere: a unit of its own
        Judgement("ana", "SL+", target_spans=((12, 20),)),      # other code: its own unit
    ]
    units = merge_human_units(added, annotators_done=["ana", "bia"])
    assert [u.values for u in units] == [
        {"ana": "EXP+", "bia": "EXP+"},
        {"bia": "EXP+", "ana": NONE},
        {"ana": "SL+", "bia": NONE},
    ]


def test_per_code_machine_and_disagreements():
    units = [
        Unit("m0", "SL+", values={"ana": "SL+", "bia": "SL+"}),
        Unit("m1", "SL+", values={"ana": "SL+", "bia": NONE}),
        Unit("m2", "RD+", values={"ana": NONE, "bia": NONE}),
        Unit("m3", "SL+", values={"ana": "RF+", "bia": "RF+"}),
        Unit("m4", "OM+", values={"ana": "OM+"}),                  # bia still pending: missing
    ]
    codes = {c.code: c for c in per_code(units, ["SL+", "RF+", "PRO+"], rounds=50)}
    assert codes["SL+"].kappa.n_units == 3
    assert codes["PRO+"].alpha.value is None
    machine = {m.annotator: m for m in with_machine(units)}
    assert (machine["ana"].judged, machine["ana"].agreed) == (5, 3)
    assert (machine["bia"].judged, machine["bia"].agreed) == (4, 1)
    assert [d.unit.key for d in disagreements(units)] == ["m1"]
    assert overall(units, rounds=50).alpha.n_units == 4
