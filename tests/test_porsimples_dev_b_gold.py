"""Consistency of the later development annotations (``bench/data/porsimples_dev_*.jsonl``).

Ten more PorSimples productions, annotated blind to the engine by two annotators with the same
guide (docs/annotation-guide.md §3) to give the detectors more real development data. Same
structural checks as the first gold file; none of these productions is annotated anywhere else.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_porsimples_gold import DATA, _check_groups, _check_partition, _rows

DEV = sorted(DATA.glob("porsimples_dev_*.jsonl"))


@pytest.mark.parametrize("path", DEV, ids=[p.stem for p in DEV])
def test_later_dev_gold_is_consistent(path: Path):
    rows = _rows(path)
    assert len(rows) >= 10
    elsewhere = {r["production_id"] for r in _rows(DATA / "porsimples_strategies.jsonl")}
    for other in DATA.glob("porsimples_valid_*.jsonl"):
        elsewhere |= {r["production_id"] for r in _rows(other)}
    for r in rows:
        pid = r["production_id"]
        assert r["split"] == "dev", f"production {pid}: split {r['split']!r}"
        assert pid % 4 != 0, "only PorSimples development productions are distributed"
        assert pid not in elsewhere, f"production {pid} is already annotated in another file"
        _check_groups(r, f"{path.name} production {pid}")
        _check_partition(r)
    ann = path.with_suffix(".ann.txt")
    ids = {int(line[1:].split()[0]) for line in ann.read_text(encoding="utf-8").splitlines()
           if line.startswith("@")}
    assert ids == {r["production_id"] for r in rows}, "the readable annotation names the same productions"
