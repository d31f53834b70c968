"""The app shell (app.py): start-up, workspace in the URL, database banner, sidebar, navigation.

The AppTest helpers (a private SQLite database per test, the real model) live in
tests/ui_helpers.py.
"""
from __future__ import annotations

from tests.ui_helpers import (
    button,
    dead_postgres_url,
    new_app,
    no_exceptions,
    use_database,
)


def _workspaces(url: str) -> int:
    from sqlalchemy import text

    from db.engine import make_engine

    with make_engine(url).connect() as c:
        return c.execute(text("select count(*) from workspace")).scalar_one()


def test_app_starts_creates_workspace_and_shows_the_link(monkeypatch, tmp_path):
    url = use_database(monkeypatch, tmp_path)
    at = new_app().run()
    no_exceptions(at)
    key = at.query_params.get("w")
    assert key and len(key) >= 40
    assert _workspaces(url) == 1
    assert any("conectado" in c.value for c in at.sidebar.caption)
    assert [b.label for b in at.button][:3] == ["Carregar exemplo", "Limpar", "Analisar"]
    assert [x.label for x in at.text_area] == ["Texto fonte", "Texto simplificado"]
    # the link box runs only once its expander is opened (no st.code bundle on the first paint);
    # opening it is checked in Chromium (tests/e2e/test_journey.py): AppTest's later runs have no shell
    assert not at.sidebar.code
    assert any(e.label == "Link do seu espaço de trabalho" for e in at.sidebar.expander)
    # a rerun keeps the same workspace (no new row)
    at.run()
    assert at.query_params.get("w") == key and _workspaces(url) == 1


def test_known_key_reopens_workspace_and_unknown_key_gets_fresh_one(monkeypatch, tmp_path):
    url = use_database(monkeypatch, tmp_path)
    first = new_app().run()
    key = first.query_params["w"]
    same = new_app({"w": key}).run()
    no_exceptions(same)
    assert same.query_params["w"] == key
    assert same.session_state["workspace_id"] == first.session_state["workspace_id"]
    assert _workspaces(url) == 1
    other = new_app({"w": "nao-existe-esta-chave"}).run()
    no_exceptions(other)
    assert other.query_params["w"] not in (key, "nao-existe-esta-chave")
    assert other.session_state["workspace_id"] != first.session_state["workspace_id"]
    assert any("não é válido" in i.value for i in other.info)


def test_database_down_app_still_starts_with_banner(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path, dead_postgres_url())
    at = new_app().run()
    no_exceptions(at)
    assert any("não estão sendo salvos" in w.value for w in at.warning)
    assert any("indisponível" in c.value for c in at.sidebar.caption)
    assert "w" not in at.query_params
    assert button(at, "Analisar")


def test_language_switch_translates_the_ui_and_is_saved(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    key = at.query_params["w"]
    at.sidebar.selectbox(key="sidebar_language").set_value("en").run()
    no_exceptions(at)
    assert [x.label for x in at.text_area] == ["Source text", "Simplified text"]
    assert button(at, "Analyse")
    # preference stored in the workspace: a new session with the same key opens in English
    again = new_app({"w": key}).run()
    assert [x.label for x in again.text_area] == ["Source text", "Simplified text"]


def test_every_page_renders(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    for page in ("pages/historico.py", "pages/corpus.py", "pages/painel.py", "pages/projetos.py",
                 "pages/configuracoes.py",
                 "pages/sobre.py", "pages/analisar.py"):
        at.switch_page(page).run()
        no_exceptions(at)
