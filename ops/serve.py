"""How the server is started — one definition shared by the Dockerfile, tests and benchmarks.

Why: the Dockerfile's CMD, the server test and bench/load.py must start the very same thing;
tests/test_dockerfile.py checks the CMD against ``server_args``.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCKER_PORT = 7860           # Hugging Face Spaces' default app_port


def server_args(port: int, address: str, script: str = "server.py") -> list[str]:
    """Arguments after ``streamlit``: serve server.py (app.py + /metrics) on address:port
    (``script="app.py"``: the plain laptop command, without /metrics)."""
    return ["run", script, "--server.port", str(port), "--server.address", address,
            "--server.headless", "true"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


HEALTH_PATH = "/_stcore/health"     # liveness (Streamlit's own)
READY_PATH = "/_netest/ready"       # readiness: database reachable and model loaded (ops/routes.py)


def wait_healthy(base_url: str, timeout: float = 60.0, proc: subprocess.Popen | None = None,
                 path: str = HEALTH_PATH) -> None:
    """Polls ``path`` (liveness by default) until it answers 200 (raises TimeoutError /
    RuntimeError when the server exits first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base_url}{path}", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{base_url}{path} not answering 200 after {timeout:.0f} s")


def start_server(port: int | None = None, *, env: dict[str, str] | None = None,
                 log_path: Path | None = None, timeout: float = 90.0,
                 script: str = "server.py") -> tuple[subprocess.Popen, str]:
    """Starts ``python -m streamlit run server.py`` on a loopback port; returns (process, base url).

    The caller stops it with ``stop_server``. Output goes to ``log_path`` (or is discarded).
    """
    port = port or free_port()
    # exactly the README's command: production settings come from .streamlit/config.toml (no
    # file watcher), not from an override only the tests and benchmarks would have
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMLIT_")}
    full_env.update(env or {})
    out = open(log_path, "wb") if log_path else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", *server_args(port, "127.0.0.1", script)],
        cwd=ROOT, env=full_env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
    )
    if log_path:
        out.close()   # the server holds its own copy of the file
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, timeout=timeout, proc=proc)
    except Exception as exc:
        stop_server(proc)
        if log_path:   # say why: the end of the server's own output
            tail = Path(log_path).read_text(encoding="utf-8", errors="replace")[-4000:]
            raise RuntimeError(f"{exc}\n{tail}") from exc
        raise
    return proc, base


def stop_server(proc: subprocess.Popen, timeout: float = 10.0) -> None:
    """Stops the server started by ``start_server`` and its engine worker processes: SIGTERM to
    its process group (``start_new_session``), then SIGKILL."""
    def signal_group(sig: int) -> None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass

    if proc.poll() is None:
        signal_group(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            signal_group(signal.SIGKILL)
            proc.wait(timeout=timeout)
    signal_group(signal.SIGKILL)   # workers that outlived the server


def rss_bytes(pid: int, children: bool = False) -> int:
    """Resident set size of a process from /proc (Linux), 0 if unavailable; with
    ``children=True`` its descendants are added (the engine's worker processes)."""
    total = 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total = int(line.split()[1]) * 1024
                break
    except OSError:
        return 0
    if children:
        for kid in _children(pid):
            total += rss_bytes(kid, children=True)
    return total


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids.extend(int(k) for k in (task / "children").read_text().split())
        except OSError:
            continue
    return kids
