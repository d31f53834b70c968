"""Shared set-up for the AppTest suites: a private SQLite database per test, the real model."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[1] / "app.py"
TIMEOUT = 180

SRC = ("O relatório foi entregue pela comissão. Todavia, o prefeito não compareceu à reunião. "
       "A escola, que fica no centro, recebeu novos computadores.")
TGT = ("A comissão entregou o relatório. Mas o prefeito não foi à reunião. "
       "A escola fica no centro. Ela recebeu novos computadores.")


def use_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url: str | None = None) -> str:
    from ops.settings import get_settings

    url = url or f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("NETEST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NETEST_MODEL", "e5")
    get_settings.cache_clear()
    return url


def new_app(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    return at


def open_page(page: str, env, timeout: float = 120, with_key: bool = False) -> AppTest:
    """Run one page file (``pages/<page>.py``) alone, in the workspace of a ``workspace_env``
    (with its ``?w=`` key in the URL when ``with_key``)."""
    at = AppTest.from_file(str(APP.parent / "pages" / f"{page}.py"), default_timeout=timeout)
    at.session_state["workspace_id"] = env.ws
    if with_key:
        at.query_params["w"] = env.key
    return at.run()


def button(at: AppTest, label: str, nth: int = 0):
    found = [b for b in at.button if b.label == label]
    assert len(found) > nth, f"no button {label!r}; have {[b.label for b in at.button]}"
    return found[nth]


def text_area(at: AppTest, label: str):
    found = [x for x in at.text_area if x.label == label]
    assert found, f"no text area {label!r}"
    return found[0]


def no_exceptions(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def analysed_on_strategies(at: AppTest, source: str, target: str) -> int:
    """Paste a pair, click Analisar and open the Estratégias view; returns the saved analysis id."""
    text_area(at, "Texto fonte").input(source)
    text_area(at, "Texto simplificado").input(target)
    button(at, "Analisar").click()
    at.run()
    aid = at.session_state["analysis_id"]
    assert aid is not None, "the analysis was not saved"
    at.session_state["result_tab"] = "Estratégias"
    at.run()
    return aid


def workspace_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Generator for a page fixture: a migrated SQLite file, one workspace and its repository
    (``yield from workspace_env(tmp_path, monkeypatch)``)."""
    from types import SimpleNamespace

    from db.engine import dispose_engine, make_engine
    from db.migrate import upgrade
    from db.repository import Repository
    from db.workspaces import create_workspace
    from ops.settings import get_settings

    url = f"sqlite:///{(tmp_path / 'page.db').as_posix()}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("NETEST_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    engine = make_engine(url)
    upgrade(engine)
    ws, key = create_workspace(engine)
    yield SimpleNamespace(engine=engine, repo=Repository(engine, ws.id), ws=ws.id, key=key)
    get_settings.cache_clear()
    dispose_engine(url)


def dead_postgres_url() -> str:
    """A PostgreSQL URL on a loopback port where nothing listens: a database that is down."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"postgresql+psycopg://netest:x@127.0.0.1:{port}/netest?connect_timeout=2"


def static_tables(at) -> list:  # noqa: ANN001 - an AppTest
    """The page's ``st.table`` tables as plain text (their cells are Markdown-escaped on purpose)."""
    import re

    return [el.value.map(lambda v: re.sub(r"\\(.)", r"\1", str(v))) for el in at.table]
