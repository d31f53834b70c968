"""What a page rerun must not redo: the pair check and the login-configuration lookup are
answered once (per pair, per half minute), not on every rerun of every session."""
from __future__ import annotations

from services import texts

SRC = ("O relatório foi entregue pela comissão ontem à tarde. Todavia, o prefeito não compareceu "
       "à reunião marcada para discutir o orçamento da cidade.")
TGT = "A comissão entregou o relatório ontem. Mas o prefeito não foi à reunião sobre o orçamento."


def test_the_pair_check_runs_once_per_pair(monkeypatch):
    calls = []
    real = texts.check_pair_messages

    def counting(source, target, limits):
        calls.append(1)
        return real(source, target, limits)

    monkeypatch.setattr(texts, "check_pair_messages", counting)
    texts._checked.cache_clear()
    first = texts.check_texts(SRC, TGT)
    again = texts.check_texts(SRC, TGT)
    assert again == first and len(calls) == 1
    texts.check_texts(SRC + " Mais uma frase.", TGT)
    assert len(calls) == 2


def test_a_refused_pair_is_refused_every_time():
    texts._checked.cache_clear()
    for _ in range(2):
        checked = texts.check_texts("   ", TGT)
        assert checked.error and checked.warnings == ()


def test_login_configuration_is_looked_up_once_per_interval(monkeypatch):
    from components import runtime

    lookups = []

    class Secrets:
        def __contains__(self, key):
            lookups.append(key)
            return False

    monkeypatch.setattr(runtime.st, "secrets", Secrets())
    monkeypatch.setattr(runtime, "_auth_checked", [])
    assert runtime.auth_configured() is False
    assert runtime.auth_configured() is False
    assert lookups == ["auth"]
    runtime._auth_checked[:] = [(runtime._auth_checked[0][0] - runtime.AUTH_RECHECK_SECONDS - 1, False)]
    runtime.auth_configured()
    assert lookups == ["auth", "auth"]


# ------------------------------------------------------------------ database round trips per run
class _Statements:
    """The SQL statements the app's engine sends while the block runs."""

    def __init__(self) -> None:
        from components import runtime

        self.engine = runtime.database()
        self.sent: list[str] = []

    def _seen(self, conn, cursor, statement, *_rest) -> None:  # noqa: ANN001
        self.sent.append(" ".join(statement.split()).lower())

    def __enter__(self) -> _Statements:
        from sqlalchemy import event

        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *_exc) -> None:  # noqa: ANN002
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._seen)

    def reading(self, table: str) -> list[str]:
        return [s for s in self.sent if s.startswith("select") and f"from {table} " in s + " "]


def test_a_new_session_asks_a_new_workspace_for_nothing_it_cannot_have(monkeypatch, tmp_path):
    """A visitor without ``?w=`` gets a new workspace: its first run writes that workspace and
    reads nothing back (no preferences or draft can exist yet; the row is not re-read)."""
    from tests.ui_helpers import new_app, no_exceptions, use_database

    use_database(monkeypatch, tmp_path)
    new_app().run()                                   # start-up: engine, migrations, model
    with _Statements() as sql:
        at = new_app().run()
    no_exceptions(at)
    assert at.session_state["lang"] == "pt-BR" and at.query_params.get("w")
    assert [s for s in sql.sent if s.startswith("insert into workspace")], sql.sent
    assert [s for s in sql.sent if s.startswith("select")] == [], sql.sent
    # a session on an existing workspace does read them (they may have been saved)
    with _Statements() as sql:
        again = new_app({"w": at.query_params["w"]}).run()
    no_exceptions(again)
    assert sql.reading("preference") and sql.reading("draft"), sql.sent


def test_a_reopened_link_reads_its_analysis_once(monkeypatch, tmp_path):
    """A reload of ``?w=&a=`` fills the input with the analysis' texts and shows it: one read of
    the analysis row for both."""
    from tests.ui_helpers import SRC, TGT, button, new_app, no_exceptions, text_area, use_database

    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    text_area(at, "Texto fonte").input(SRC)
    text_area(at, "Texto simplificado").input(TGT)
    button(at, "Analisar").click()
    at.run()
    aid = at.session_state["analysis_id"]
    assert aid is not None
    with _Statements() as sql:
        again = new_app({"w": at.query_params["w"], "a": str(aid)}).run()
    no_exceptions(again)
    assert text_area(again, "Texto fonte").value == SRC
    assert again.session_state["analysis_id"] == aid and again.tabs
    assert len(sql.reading("analysis")) == 1, sql.reading("analysis")
    # the next run reads it afresh (decisions may have changed it), once
    with _Statements() as sql:
        again.run()
    assert len(sql.reading("analysis")) == 1, sql.reading("analysis")
