"""scripts/cluster.sh: two replicas behind HAProxy on one PostgreSQL, rolled with no one losing work.

A researcher's short journey goes through the balancer over Streamlit's own websocket protocol
(ops.stclient): analyse a pair, accept a detection. Then ``roll`` restarts both replicas one at
a time while the balancer's health check is polled; afterwards the decision is still in the
database (review records counted before and after) and the researcher's URL (?w=, ?a=) opens
the same analysis, with the decision, on whichever replica answers. ``stop`` leaves nothing behind.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import os
import re
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from ops.serve import free_port
from ops.stclient import StreamlitClient

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "cluster.sh"
IN_CI = os.environ.get("CI", "").lower() == "true"
SOURCE = ("O réu foi absolvido pelo juiz na sessão de ontem. O relatório foi entregue pela comissão "
          "ao prefeito. Choveu muito durante a tarde; entretanto, o jogo aconteceu normalmente.")
TARGET = ("O acusado foi inocentado pelo juiz na sessão de ontem. A comissão entregou o relatório "
          "ao prefeito. Choveu muito durante a tarde, mas o jogo aconteceu normalmente.")


def _cluster(command: str, run_dir: Path, *args: str, timeout: float = 600) -> str:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}   # its own throwaway PG
    env["NETEST_CLUSTER_DIR"] = str(run_dir)
    proc = subprocess.run(["bash", str(SCRIPT), command, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"cluster.sh {command} failed:\n{proc.stderr[-3000:]}"
    return proc.stdout


def _pids(run_dir: Path) -> list[int]:
    return [int(p.read_text()) for p in run_dir.glob("*.pid")]


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _review_counts(url: str) -> tuple[int, int]:
    """(decided annotations, annotation events) straight from PostgreSQL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            decided = conn.execute(text("SELECT count(*) FROM annotation WHERE status <> 'pending'")).scalar()
            events = conn.execute(text("SELECT count(*) FROM annotationevent")).scalar()
    finally:
        engine.dispose()
    return int(decided), int(events)


async def _analyse_and_accept(base: str) -> str:
    """Paste, Analisar, open Estratégias, Aceitar: returns the URL's query string (?w=&a=)."""
    async with StreamlitClient(base, timeout=240) as client:
        page = await client.rerun()
        client.set_text(page.widget("text_area", "Texto fonte"), SOURCE)
        client.set_text(page.widget("text_area", "Texto simplificado"), TARGET)
        result = await client.click(page.widget("button", "Analisar"))
        tabs = [w for w in result.tabs() if "Estratégias" in w.label]
        assert result.status == "FINISHED_SUCCESSFULLY" and tabs, result.text()[:500]
        if client.values.get(tabs[0].id) is None:
            client.set_text(tabs[0], "Estratégias")
            result = await client.rerun()
        accept = result.widgets_like("button", "Aceitar", enabled=True)
        assert accept, "no detection to accept"
        decided = await client.click(accept[0])
        assert any(a.format == 4 for a in decided.alerts()), "decision not confirmed"
        assert "w=" in client.query_string and "a=" in client.query_string, client.query_string
        return client.query_string


async def _reopen(base: str, query: str) -> str:
    async with StreamlitClient(base, query_string=query, timeout=240) as client:
        page = await client.rerun()
        tabs = [w for w in page.tabs() if "Estratégias" in w.label]
        assert page.status == "FINISHED_SUCCESSFULLY" and tabs, page.text()[:500]
        client.set_text(tabs[0], "Estratégias")
        page = await client.rerun()
        return page.text()


def _query(url: str) -> dict[str, list[str]]:
    from urllib.parse import parse_qs, urlsplit

    return parse_qs(urlsplit(url).query)


def _run_async(coro):
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _poll_health(url: str, stop: threading.Event, failures: list[str], count: list[int]) -> None:
    while not stop.is_set():
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status != 200:
                    failures.append(f"status {r.status}")
        except OSError as exc:
            failures.append(type(exc).__name__)
        count[0] += 1
        stop.wait(0.25)


class BrowserTab:
    """A researcher's Chromium tab on the balancer (tests/e2e helpers), when Chromium exists."""

    def __init__(self, base: str, browser) -> None:  # noqa: ANN001 - playwright types are optional
        context = browser.new_context(locale="pt-BR", viewport={"width": 1400, "height": 1000})
        self._context = context
        context.set_default_timeout(120_000)
        self.page = context.new_page()
        self.base = base

    def analyse_and_accept(self) -> None:
        from tests.e2e.helpers import click_analyse, fill_texts, open_tab, wait_app_ready, wait_highlights

        page = self.page
        page.goto(self.base)
        fill_texts(page, SOURCE.replace("ontem", "anteontem"), TARGET.replace("ontem", "anteontem"))
        click_analyse(page)
        wait_highlights(page)
        open_tab(page, "Estratégias")
        page.get_by_role("button", name=re.compile(r"\bAceitar$")).first.click()
        page.get_by_text("Aceita", exact=True).first.wait_for()
        wait_app_ready(page)

    def still_there_after_reconnect(self) -> str:
        """The same tab, never reloaded: it reconnected to a restarted replica and the URL
        brought the workspace and the open analysis back, with its decision."""
        from tests.e2e.helpers import open_tab, wait_app_ready

        page = self.page
        wait_app_ready(page)
        # the result tabs are drawn lazily: only the selected one (Estratégias) is in the page
        open_tab(page, "Estratégias")
        page.get_by_text("Aceita", exact=True).first.wait_for()
        return page.url

    def close(self) -> None:
        if self.page is not None:
            self._context.close()
            self.page = None


def _gzipped_bundle(base: str) -> float:
    """Compressed / raw size of Streamlit's main bundle fetched through the balancer as a browser does."""
    import gzip

    with urllib.request.urlopen(base, timeout=10) as r:
        script = re.search(r'src="\.?/?(static/js/index[^"]+\.js)"', r.read().decode()).group(1)
    request = urllib.request.Request(f"{base}/{script}", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as r:
        assert r.headers.get("Content-Encoding") == "gzip", dict(r.headers)
        body = r.read()
    return len(body) / len(gzip.decompress(body))


def test_two_replicas_roll_and_nothing_is_lost(tmp_path, browser):  # noqa: ANN001
    if not (Path("/usr/sbin/haproxy").exists() or os.geteuid() == 0 or IN_CI):
        pytest.skip("haproxy not installed and not root to install it")
    run_dir = tmp_path / "cluster"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    tab = None
    try:
        _cluster("start", run_dir, "2", str(port))
        db_url = (run_dir / "database_url").read_text().strip()
        assert db_url.startswith("postgresql")
        status = _cluster("status", run_dir)
        assert status.count("haproxy=UP") == 2, status
        assert _gzipped_bundle(base) < 0.5                     # the balancer compresses the frontend

        query = _run_async(_analyse_and_accept(base))
        tab = BrowserTab(base, browser)
        if tab.page is not None:
            tab.analyse_and_accept()
            tab_url = tab.page.url
        before = _review_counts(db_url)
        assert before[0] >= (2 if tab.page is not None else 1) and before[1] >= before[0]
        old_pids = {p.name: int(p.read_text()) for p in run_dir.glob("replica-*.pid")}

        stop, failures, count = threading.Event(), [], [0]
        poller = threading.Thread(target=_poll_health, args=(f"{base}/_stcore/health", stop, failures, count))
        poller.start()
        try:
            _cluster("roll", run_dir)
        finally:
            stop.set()
            poller.join()
        assert count[0] > 10 and failures == [], failures      # the balancer never failed health
        new_pids = {p.name: int(p.read_text()) for p in run_dir.glob("replica-*.pid")}
        assert set(new_pids) == set(old_pids) and not set(new_pids.values()) & set(old_pids.values())
        assert not any(_alive(pid) for pid in old_pids.values())

        assert _review_counts(db_url) == before                 # nothing lost, nothing doubled
        reopened = _run_async(_reopen(base, query))
        assert "Aceita" in reopened                             # the decision shows after reopening
        if tab.page is not None:
            after = tab.still_there_after_reconnect()
            assert _query(after) == _query(tab_url) and {"w", "a"} <= set(_query(after))
    finally:
        if tab is not None:
            tab.close()
        pids = _pids(run_dir) if run_dir.exists() else []
        _cluster("stop", run_dir)
    deadline = time.monotonic() + 30
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids), "cluster.sh stop left processes behind"
    assert not list(run_dir.glob("*.pid")) and not (run_dir / "pg.env").exists()
