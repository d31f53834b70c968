"""Pairs and helpers shared by the batch tests (tests/test_batch*.py, tests/test_cli.py).

The pairs are the repository's example text (examples/) cut into paragraphs, plus two written
here: small enough for a CI run on 2 cores, real enough to exercise alignment and detection.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

#: The only field allowed to differ between two runs of the same batch: wall-clock seconds.
TIMINGS = re.compile(r'"timings": \{[^{}]*\}')


def example_pairs() -> list[dict[str, Any]]:
    src = (ROOT / "examples" / "fonte.txt").read_text(encoding="utf-8")
    tgt = (ROOT / "examples" / "simplificado.txt").read_text(encoding="utf-8")
    s_par, t_par = src.split("\n\n"), tgt.split("\n\n")
    pairs = [{"id": f"par{i}", "source": s, "target": t}
             for i, (s, t) in enumerate(zip(s_par[1:], t_par[1:], strict=False), 1)]
    pairs.append({"id": "juri", "source": "O réu foi absolvido pelo tribunal. Neste ano, a feira "
                  "terá mais expositores.",
                  "target": "O tribunal inocentou o acusado. A feira terá mais expositores neste ano."})
    pairs.append({"id": 7, "source": "A reunião, que estava marcada para segunda-feira, foi adiada "
                  "devido à greve dos transportes.",
                  "target": "A reunião foi adiada. Ela estava marcada para segunda-feira. "
                  "O motivo foi a greve dos transportes."})
    return pairs


def levels_row(item_id: str = "niveis") -> dict[str, Any]:
    """A batch ``levels`` line: original → natural → strong (the texts of tests/test_levels.py)."""
    from tests.test_levels import NATURAL, ORIGINAL, STRONG

    return {"id": item_id, "levels": [ORIGINAL, NATURAL, STRONG],
            "names": ["original", "natural", "forte"]}


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    """Rows as JSON Lines (a ``str`` row is written as is: a deliberately bad line)."""
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in rows), encoding="utf-8")
    return path


def without_timings(path: Path) -> list[str]:
    """The output lines byte for byte, except the ``timings`` object of each."""
    return [TIMINGS.sub('"timings": {}', line)
            for line in path.read_text(encoding="utf-8").splitlines()]


def ids(path: Path) -> list[Any]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]
