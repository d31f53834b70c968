"""Browser end-to-end fixtures: a real Streamlit server and Debian's Chromium via Playwright.

Why a real server: the journeys (paste → analyse → review → reload → export) cross the browser,
the websocket, the app shell and the database; only a running ``streamlit run`` exercises them
together. The server gets its own temporary SQLite database and data directory, a free loopback
port, and is stopped when the session ends. Chromium is Debian's (``/usr/bin/chromium``); we
never download browsers. Outside CI a missing Chromium skips the suite; with ``CI=true`` it fails.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from ops.serve import start_server, stop_server

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() == "true"


def _missing(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"browser suite cannot run in CI: {reason}")
    pytest.skip(reason)


def _wait_ready(base: str, proc, timeout: float = 180.0) -> None:  # noqa: ANN001
    """Until ``/_netest/ready`` answers 200: the database is migrated and the model loaded.
    Why: ``start_server`` returns once Streamlit's health answers, while the warm-up thread may
    still be migrating; a test that seeds the SQLite file directly would find no tables."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"e2e server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/_netest/ready", timeout=5) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    pytest.fail("e2e server never became ready (database and model)")


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    """A running NET-EST server with a fresh database: ``.url`` (base URL) and ``.db`` (SQLite file)."""
    if not (ROOT / "app.py").exists():
        _missing("app.py does not exist yet")
    tmp = tmp_path_factory.mktemp("e2e_server")
    data_dir = tmp / "data"
    data_dir.mkdir()
    db_file = tmp / "e2e.db"
    env = {
        "DATABASE_URL": f"sqlite:///{db_file.as_posix()}",
        "NETEST_DATA_DIR": str(data_dir),
        "NETEST_MODEL": "e5",
        "SENTRY_DSN": "",            # blank is off: nothing leaves a test run
        "PYTHONUNBUFFERED": "1",
    }
    log = tmp / "server.log"
    # the same command as the Dockerfile and bench/load.py (ops.serve.server_args)
    proc, base = start_server(env=env, log_path=log, timeout=60.0)
    try:
        _wait_ready(base, proc)
        yield SimpleNamespace(url=base, db=db_file, log=log)
    finally:
        stop_server(proc)


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
