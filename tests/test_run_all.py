"""bench/run_all.py: a benchmark that misses a target still gets its measured rows written
(Sobre must show the real numbers); one that crashed leaves the results file untouched."""
from __future__ import annotations

import json
import sys

from bench import run_all


def _bench(tmp_path, name: str, code: str) -> run_all.Benchmark:  # noqa: ANN001
    script = tmp_path / f"{name}.py"
    script.write_text(code, encoding="utf-8")
    return run_all.Benchmark(name, (str(script),), {"pt-BR": "dados", "en": "data"}, "real", rows=(
        run_all.Row("score", "Medida", "Measure", None),))


def _run(monkeypatch, tmp_path, benches):  # noqa: ANN001
    out = tmp_path / "results.json"
    monkeypatch.setattr(run_all, "OUT", out)
    monkeypatch.setattr(run_all, "ROOT", tmp_path)
    monkeypatch.setattr(run_all, "BENCHES", tuple(benches))
    monkeypatch.setattr(sys, "argv", ["run_all.py", "--quick"])
    return run_all.main(), out


def test_missed_target_writes_its_rows_and_exits_1(monkeypatch, tmp_path, capsys):  # noqa: ANN001
    ok = _bench(tmp_path, "ok", 'import json; print(json.dumps({"score": 0.9}))')
    missed = _bench(tmp_path, "missed", 'import json, sys; print(json.dumps({"score": 0.6})); sys.exit(1)')
    code, out = _run(monkeypatch, tmp_path, [ok, missed])
    assert code == 1
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    assert {(r["benchmark"], r["value"]) for r in rows} == {("ok", 0.9), ("missed", 0.6)}
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["missed_targets"] == ["missed"]


def test_a_crashed_benchmark_leaves_no_file(monkeypatch, tmp_path):  # noqa: ANN001
    ok = _bench(tmp_path, "ok", 'import json; print(json.dumps({"score": 0.9}))')
    crashed = _bench(tmp_path, "crashed", 'raise SystemExit("boom")')
    code, out = _run(monkeypatch, tmp_path, [ok, crashed])
    assert code == 1 and not out.exists()
