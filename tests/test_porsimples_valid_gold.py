"""Consistency of the blind "valid" PorSimples annotations (``bench/data/porsimples_valid_*.jsonl``).

These files follow docs/annotation-guide.md like ``porsimples_strategies.jsonl`` but are never
used for tuning, so they have their own split (``"valid"``) instead of the crc32 held-back rule.
The same structural checks apply: a wrong offset or code would silently skew the validation
figures. They read only the repository's own files.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_porsimples_gold import DATA, _check_groups, _check_partition, _rows

VALID = sorted(DATA.glob("porsimples_valid_*.jsonl"))


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_gold_is_consistent(path: Path):
    rows = _rows(path)
    assert rows
    dev = {r["production_id"] for r in _rows(DATA / "porsimples_strategies.jsonl")}
    for r in rows:
        pid = r["production_id"]
        assert r["split"] == "valid", f"production {pid}: split {r['split']!r}"
        assert pid % 4 != 0, "only PorSimples development productions are distributed"
        assert pid not in dev, f"production {pid} is already in the dev/held-back gold"
        _check_groups(r, f"{path.name} production {pid}")
        _check_partition(r)


def test_valid_files_do_not_overlap():
    """Two annotators' valid files never annotate the same production twice."""
    seen: dict[int, str] = {}
    for path in VALID:
        for r in _rows(path):
            assert r["production_id"] not in seen, (
                f"production {r['production_id']} in {seen.get(r['production_id'])} and {path.name}")
            seen[r["production_id"]] = path.name
    assert len(seen) >= 6


def test_valid_a_text_matches_the_readable_annotation():
    """The readable phrase file beside the data names the same productions."""
    ann = DATA / "porsimples_valid_a.ann.txt"
    ids = {int(line[1:].split()[0]) for line in ann.read_text(encoding="utf-8").splitlines()
           if line.startswith("@")}
    assert ids == {r["production_id"] for r in _rows(DATA / "porsimples_valid_a.jsonl")}
