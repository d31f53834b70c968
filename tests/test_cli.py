"""`python -m analysis` as a researcher or an evaluation script runs it (real subprocesses)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = "O réu foi absolvido pelo tribunal. Neste ano, a feira terá mais expositores."
TGT = "O tribunal inocentou o acusado. A feira terá mais expositores neste ano."


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_analyze_json_contract(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SRC, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TGT, encoding="cp1252")
    p = run("analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert [s["id"] for s in out["source"]["sentences"]] == ["s1", "s2"]
    assert [s["id"] for s in out["target"]["sentences"]] == ["t1", "t2"]
    assert out["target"]["sentences"][0]["start"] == 0
    t_text = TGT
    for s in out["target"]["sentences"]:
        assert t_text[s["start"]:s["end"]] == s["text"]
    assert {"source", "target", "score"} <= set(out["alignments"][0])
    codes = {d["code"] for d in out["strategies"]}
    assert "DL+" in codes
    for d in out["strategies"]:
        assert set(d) >= {"code", "confidence", "source_spans", "target_spans", "explanation"}
    assert out["model"]["backend"] == "e5"
    assert "flesch_pt" in out["metrics"]["source"]


def test_analyze_stdin_and_human_output(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(TGT, encoding="utf-8")
    p = run("analyze", "-", str(tmp_path / "b.txt"), stdin=SRC)
    assert p.returncode == 0, p.stderr
    assert "Alinhamento" in p.stdout and "Estratégias" in p.stdout


def test_bad_input_exit_2_one_line_portuguese(tmp_path: Path) -> None:
    (tmp_path / "vazio.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(TGT, encoding="utf-8")
    for args in (("analyze", str(tmp_path / "vazio.txt"), str(tmp_path / "b.txt")),
                 ("analyze", str(tmp_path / "nao-existe.txt"), str(tmp_path / "b.txt"))):
        p = run(*args)
        assert p.returncode == 2
        lines = p.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("erro:"), p.stderr
        assert "Traceback" not in p.stderr


def test_batch_with_presegmented_and_a_bad_line(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "source": SRC, "target": TGT},
        {"id": "b", "source": "", "target": TGT},
        "isto não é json",
        {"id": "c", "source": "Primeira frase sem ponto\nSegunda frase\n\nOutro parágrafo",
         "target": "Primeira frase sem ponto\nSegunda frase\n\nOutro parágrafo", "presegmented": True},
    ]
    inp.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)
                             for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    p = run("batch", str(inp), "--output", str(out))
    assert p.returncode == 0, p.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["a", "b", 3, "c"]
    assert "error" not in rows[0] and rows[0]["strategies"]
    assert "vazio" in rows[1]["error"]
    assert "JSON" in rows[2]["error"]
    c = rows[3]
    assert len(c["source"]["sentences"]) == 3 and len(c["source"]["paragraphs"]) == 2
    assert c["strategies"] == []
    assert "pares" in p.stderr  # progress bar


def test_missing_argument_is_one_portuguese_line() -> None:
    p = run("analyze", "so-um-arquivo.txt")
    assert p.returncode == 2
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("erro: faltam argumentos obrigatórios"), p.stderr
