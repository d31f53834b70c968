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


def test_batch_killed_mid_run_leaves_whole_lines_and_resume_completes_it(tmp_path: Path) -> None:
    """A real ``kill -9`` of the CLI while it writes; ``--resume`` then adds exactly the rest."""
    import os
    import signal
    import time

    from tests.batch_fixtures import example_pairs, ids, write_jsonl

    base = example_pairs()
    rows = [{**base[i % len(base)], "id": f"p{i}"} for i in range(40)]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "analysis", "batch", str(inp), "-o", str(out), "--workers", "1",
           "--model", "lexical", "-q"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 2:
                break
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    data = out.read_text(encoding="utf-8")
    whole = data[: data.rfind("\n") + 1]
    assert all(json.loads(line)["id"] for line in whole.splitlines())   # every whole line parses
    assert 2 <= len(whole.splitlines()) < 40

    p = run(*cmd[3:-1], "--resume")                   # progress on: it says what it skips
    assert p.returncode == 0, p.stderr
    assert f"{len(whole.splitlines())} de 40 pares já estão em" in p.stderr
    assert ids(out) == [r["id"] for r in rows]        # each pair once, in input order
    assert all("error" not in json.loads(x) for x in out.read_text(encoding="utf-8").splitlines())


def test_batch_bad_options_are_one_portuguese_line(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": 1, "source": SRC, "target": TGT}) + "\n", encoding="utf-8")
    for args, text in (((str(inp), "-o", str(tmp_path / "o.jsonl"), "--workers", "0"), "--workers"),
                       ((str(inp), "-o", "-", "--resume"), "--resume"),
                       ((str(inp), "-o", str(tmp_path / "sem-pasta" / "o.jsonl")), "arquivo de saída")):
        p = run("batch", *args)
        assert p.returncode == 2
        lines = p.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("erro:") and text in lines[0], p.stderr


def test_unconfigured_run_uses_the_configuration_defaults() -> None:
    """The CLI skips reading the configuration when nothing configures it: its defaults must
    then be the configuration's own."""
    from analysis.cli import DEFAULT_MODEL
    from analysis.ingest.limits import IngestLimits
    from ops.settings import Settings

    fields = Settings.model_fields
    assert fields["netest_model"].default == DEFAULT_MODEL
    for name, value in vars(IngestLimits()).items():
        assert fields[name].default == value, name


def test_configured_limits_still_apply_from_env_and_dotenv(tmp_path: Path) -> None:
    """A 1.2 MB file passes the default 10 MB upload limit (and is then refused as too many
    characters); with the limit configured to 1 MB, by variable or by ``.env``, the file
    itself is refused."""
    (tmp_path / "big.txt").write_text("Uma frase simples de teste. " * 45_000, encoding="utf-8")
    cmd = [sys.executable, "-m", "analysis", "analyze", "big.txt", "big.txt", "--model", "lexical"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}

    def refusal(extra_env: dict[str, str]) -> str:
        p = subprocess.run(cmd, cwd=tmp_path, env={**env, **extra_env}, capture_output=True,
                           text=True, timeout=120)
        assert p.returncode == 2, p.stderr
        return p.stderr

    assert "caracteres" in refusal({}) and "MB" not in refusal({})
    assert "1 MB" in refusal({"NETEST_MAX_UPLOAD_MB": "1"})
    (tmp_path / ".env").write_text("NETEST_MAX_UPLOAD_MB=1\n", encoding="utf-8")
    assert "1 MB" in refusal({})


def test_analyze_does_not_import_what_it_does_not_use(tmp_path: Path) -> None:
    """Cold start (bench/speed.py): an unconfigured ``analyze`` loads neither the configuration
    library nor scipy nor the batch machinery."""
    (tmp_path / "a.txt").write_text(SRC, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TGT, encoding="utf-8")
    code = ("import sys, contextlib, io\n"
            "from analysis.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    rc = main(['analyze', {str(tmp_path / 'a.txt')!r}, {str(tmp_path / 'b.txt')!r}, '--json'])\n"
            "print(rc, sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'pydantic_settings', 'scipy', 'sklearn'}),"
            " 'analysis.batch' in sys.modules)\n")
    p = subprocess.run([sys.executable, "-c", code], cwd=tmp_path,
                       env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
                       capture_output=True, text=True, timeout=120)
    assert p.stdout.split() == ["0", "[]", "False"], p.stdout + p.stderr
