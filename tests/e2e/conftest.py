"""Browser end-to-end fixtures: a real Streamlit server and Debian's Chromium via Playwright.

Why a real server: the journeys (paste → analyse → review → reload → export) cross the browser,
the websocket, the app shell and the database; only a running ``streamlit run`` exercises them
together. The server gets its own temporary SQLite database and data directory, a free loopback
port, and is stopped when the session ends. Chromium is Debian's (``/usr/bin/chromium``); we
never download browsers. Outside CI a missing Chromium skips the suite; with ``CI=true`` it fails.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("NETEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
IN_CI = os.environ.get("CI", "").lower() == "true"


def _missing(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"browser suite cannot run in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _entry_script() -> str:
    """server.py (the ops helper's st.App with /metrics) when present, else app.py."""
    return "server.py" if (ROOT / "server.py").exists() else "app.py"


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')[-4000:]}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"streamlit not healthy after {timeout}s:\n{log.read_text(errors='replace')[-4000:]}")


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    """A running NET-EST server with a fresh database: ``.url`` (base URL) and ``.db`` (SQLite file)."""
    if not (ROOT / "app.py").exists():
        _missing("app.py does not exist yet")
    tmp = tmp_path_factory.mktemp("e2e_server")
    data_dir = tmp / "data"
    data_dir.mkdir()
    port = _free_port()
    db_file = tmp / "e2e.db"
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": f"sqlite:///{db_file.as_posix()}",
            "NETEST_DATA_DIR": str(data_dir),
            "NETEST_MODEL": "e5",
            "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
            "STREAMLIT_SERVER_HEADLESS": "true",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.pop("SENTRY_DSN", None)
    log = tmp / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable, "-m", "streamlit", "run", _entry_script(),
                "--server.port", str(port),
                "--server.address", "127.0.0.1",
                "--server.headless", "true",
                "--server.fileWatcherType", "none",
                "--browser.gatherUsageStats", "false",
            ],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, proc, log)
        yield SimpleNamespace(url=base, db=db_file, log=log)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _missing(f"Chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is a pinned dev dependency
        _missing("playwright is not installed")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture()
def page(browser, app_server):  # noqa: ANN001 - playwright types are optional at import time
    """A fresh browser context (no cookies, no storage) so each test is a new visitor."""
    context = browser.new_context(accept_downloads=True, locale="pt-BR", viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(30_000)
    pg = context.new_page()
    try:
        yield pg
    finally:
        context.close()
