"""The real server: `streamlit run server.py` serves the UI script, /metrics and health on one port.

A stand-in UI script (NETEST_APP_SCRIPT) keeps this test independent of the pages; the script
is driven over Streamlit's own websocket protocol (ops.stclient), no browser.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import json
import urllib.error
import urllib.request

import pytest

from ops.serve import start_server, stop_server
from ops.stclient import StreamlitClient

STAND_IN = '''
import streamlit as st
from ops import metrics

st.title("Stand-in")
text = st.text_area("Texto-fonte")
if st.button("Analisar"):
    metrics.record_analysis("ok", 0.01)
    st.success(f"analisado: {len(text.split())} palavras")
if st.query_params.get("boom"):
    raise RuntimeError("falha com 'O menino correu rapidamente pela estrada escura'")
'''
TOKEN = "test-metrics-token"


def _run_async(coro):
    """asyncio.run in a fresh thread: Playwright's sync API (the browser suite) may leave an
    event loop running in the main thread, where asyncio.run refuses to start."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("server")
    script = tmp / "stand_in.py"
    script.write_text(STAND_IN, encoding="utf-8")
    log = tmp / "server.log"
    proc, base = start_server(env={"NETEST_APP_SCRIPT": str(script), "NETEST_DATA_DIR": str(tmp),
                                   "SENTRY_DSN": "", "NETEST_METRICS_TOKEN": TOKEN},
                              log_path=log)
    try:
        yield base, log
    finally:
        stop_server(proc)


def _get(url: str, token: str | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def _wait_for(condition, timeout: float, what: str):
    """Polls ``condition`` until it returns something truthy (returned) or the deadline passes."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:.0f} s: {what}")
        time.sleep(0.1)


def test_health_and_metrics_on_the_app_port(server):
    base, _ = server
    assert _get(f"{base}/_stcore/health") == (200, "ok")
    status, body = _get(f"{base}/metrics", TOKEN)
    assert status == 200
    assert "netest_analyses_total" in body and "process_resident_memory_bytes" in body
    assert _get(f"{base}/metrics")[0] == 401                 # token required when configured
    assert _get(f"{base}/metrics", "wrong")[0] == 401


def test_script_runs_over_websocket_and_metrics_count_it(server):
    base, _ = server

    def analyses_ok() -> float:
        body = _get(f"{base}/metrics", TOKEN)[1]
        line = next(x for x in body.splitlines() if x.startswith('netest_analyses_total{outcome="ok"}'))
        return float(line.split()[-1])

    before = analyses_ok()

    async def scenario() -> tuple[str, str, float]:
        async with StreamlitClient(base) as client:
            first = await client.rerun()
            assert first.status == "FINISHED_SUCCESSFULLY"
            area = first.widget("text_area", "Texto-fonte")
            button = first.widget("button", "Analisar")
            assert area and button
            client.set_text(area, "um dois três")
            done = await client.click(button)
            sessions = [x for x in _get(f"{base}/metrics", TOKEN)[1].splitlines()
                        if x.startswith("netest_active_sessions ")]
            return done.status, done.text(), float(sessions[0].split()[-1])

    status, text, active = _run_async(scenario())
    assert status == "FINISHED_SUCCESSFULLY"
    assert "analisado: 3 palavras" in text
    assert active >= 1                                  # our websocket session is counted
    assert analyses_ok() == before + 1


def test_script_error_shows_friendly_message_with_id_and_logs_no_text(server):
    base, log = server

    async def scenario():
        async with StreamlitClient(base, query_string="boom=1") as client:
            return await client.rerun()

    result = _run_async(scenario())
    assert result.status == "FINISHED_SUCCESSFULLY"
    assert result.exceptions() == []                    # no traceback for the researcher
    alerts = [a.body for a in result.alerts()]
    assert len(alerts) == 1 and "Algo deu errado" in alerts[0]
    error_id = alerts[0].split("**")[1]
    logged = log.read_text(encoding="utf-8")
    assert "correu rapidamente" not in logged
    records = [json.loads(line) for line in logged.splitlines() if line.startswith("{")]
    reported = [r for r in records if r.get("event") == "error_reported"]
    assert reported and reported[-1]["error_id"] == error_id
    assert reported[-1]["error_type"] == "RuntimeError"
    assert any(r.get("event") == "server_started" for r in records)


def test_stop_server_also_stops_the_engine_workers(tmp_path):
    """The server's worker processes (its descendants, in its session) go with it: a stopped
    load run or test server must not leave model-sized processes behind."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    pid_file = tmp_path / "worker.pid"
    parent = subprocess.Popen(
        [sys.executable, "-c",
         "import subprocess, sys, time\n"
         "w = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)'])\n"
         f"open({str(pid_file)!r}, 'w').write(str(w.pid))\n"
         "time.sleep(300)\n"],
        start_new_session=True)
    deadline = time.monotonic() + 30
    while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    worker = int(pid_file.read_text())
    assert Path(f"/proc/{worker}").exists()
    stop_server(parent)
    time.sleep(0.2)
    state = Path(f"/proc/{worker}/stat")
    assert not state.exists() or state.read_text().split()[2] == "Z"   # gone (or a reaped-soon zombie)


def test_readiness_is_true_once_database_and_model_are_ready(server):
    base, _ = server
    status, body = _wait_for(lambda: (r := _get(f"{base}/_netest/ready"))[0] == 200 and r,
                             120, "replica ready")
    assert json.loads(body) == {"ready": True, "checks": {"database": True, "model": True}}
    assert _get(f"{base}/_stcore/health") == (200, "ok")     # liveness is separate


def test_production_settings_come_from_the_config_file():
    """No file watcher and no run-on-save however the server is started (the README's command,
    `streamlit run app.py`, Docker): the repo's .streamlit/config.toml says so, no env needed."""
    import os
    import subprocess
    import sys
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    server_cfg = tomllib.loads((root / ".streamlit" / "config.toml").read_text())["server"]
    assert server_cfg["fileWatcherType"] == "none" and server_cfg["runOnSave"] is False
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMLIT_")}
    shown = subprocess.run([sys.executable, "-m", "streamlit", "config", "show"], cwd=root,
                           env=env, capture_output=True, text=True, timeout=60).stdout
    assert 'fileWatcherType = "none"' in shown and "runOnSave = false" in shown


def _descendants(pid: int) -> list[int]:
    from ops.serve import _children

    kids = _children(pid)
    return kids + [d for k in kids for d in _descendants(k)]


def _running(pid: int) -> bool:
    from pathlib import Path

    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"    # a zombie has ended


def test_readiness_fails_without_database_and_workers_die_with_a_killed_server(tmp_path):
    """A replica whose database is unreachable is live but not ready; and after SIGKILL (no
    chance to clean up) its engine workers notice the parent is gone and exit by themselves."""
    import os
    import signal

    from ops.serve import free_port

    dead_db = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/nothing"
    proc, base = start_server(env={"NETEST_DATA_DIR": str(tmp_path), "SENTRY_DSN": "",
                                   "DATABASE_URL": dead_db, "NETEST_ENGINE_WORKERS": "2"},
                              log_path=tmp_path / "server.log")
    try:
        body = _wait_for(lambda: (r := _get(f"{base}/_netest/ready"))[0] == 503
                         and json.loads(r[1])["checks"]["model"] and r[1], 120, "model loaded")
        assert json.loads(body) == {"ready": False, "checks": {"database": False, "model": True}}
        assert _get(f"{base}/_stcore/health") == (200, "ok")
        workers = _wait_for(lambda: len(w := _descendants(proc.pid)) >= 2 and w, 60,
                            "engine workers started")
        os.kill(proc.pid, signal.SIGKILL)        # the server's own group is NOT signalled
        proc.wait(timeout=10)
        _wait_for(lambda: not any(_running(w) for w in workers), 10, f"workers {workers} exited")
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)   # clean up whatever a failure left behind
        except ProcessLookupError:
            pass


def test_readiness_endpoint_reports_each_check():
    """ops.routes: 200 only when every registered check passes; a raising check or no checks
    at all is 503 (never a 500 the balancer might misread)."""
    from starlette.applications import Starlette
    from starlette.testclient import TestClient

    from ops import routes

    def boom() -> bool:
        raise RuntimeError("database exploded")

    client = TestClient(Starlette(routes=routes.extra_routes()))
    saved = dict(routes._readiness)
    try:
        routes.set_readiness_checks({})
        assert client.get("/_netest/ready").status_code == 503
        routes.set_readiness_checks({"database": lambda: True, "model": lambda: True})
        ok = client.get("/_netest/ready")
        assert ok.status_code == 200 and ok.json()["ready"] is True
        assert ok.headers["cache-control"] == "no-store"
        routes.set_readiness_checks({"database": boom, "model": lambda: True})
        bad = client.get("/_netest/ready")
        assert bad.status_code == 503
        assert bad.json() == {"ready": False, "checks": {"database": False, "model": True}}
    finally:
        routes.set_readiness_checks(saved)
