"""Histórico page under AppTest: real SQLite database, real engine (e5), real repository."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.pipeline import analyze
from db.repository import Repository
from db.workspaces import create_workspace
from ops.settings import get_settings
from tests.ui_helpers import open_page, workspace_env

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "historico.py")
FEIRA = ("Neste ano, a feira terá mais expositores.", "A feira terá mais expositores neste ano.")
JUIZ = ("O réu foi absolvido pelo juiz ontem.", "O acusado foi inocentado pelo juiz ontem.")


@pytest.fixture
def env(tmp_path, monkeypatch):
    yield from workspace_env(tmp_path, monkeypatch)


def _save(repo, pair, title):
    return repo.save_analysis(pair[0], pair[1], analyze(*pair), title=title)


def _page(env) -> AppTest:
    return open_page("historico", env, timeout=60)


def test_empty_history_tells_the_researcher_to_analyse_first(env):
    at = _page(env)
    assert not at.exception
    assert "Nenhuma análise ainda" in at.info[0].value
    assert at.button(key="hist_go_analyse").label == "Ir para Analisar"
    assert len(at.dataframe) == 0


def test_lists_searches_and_filters_the_workspace_analyses(env):
    _save(env.repo, FEIRA, "Feira")
    _save(env.repo, JUIZ, "Tribunal")
    other, _ = create_workspace(env.engine)
    _save(Repository(env.engine, other.id), FEIRA, "De outro espaço")

    at = _page(env)
    assert not at.exception
    df = at.dataframe[0].value
    assert sorted(df["Título"]) == ["Feira", "Tribunal"]          # never another workspace's rows
    assert "Revisão" in df.columns and set(df["Revisadas"]) <= {"0/0", "0/1", "0/2", "0/3", "0/4"}

    at.text_input(key="hist_search").input("inocentado").run()
    assert list(at.dataframe[0].value["Título"]) == ["Tribunal"]   # search in the texts

    at.text_input(key="hist_search").input("nada disso existe").run()
    assert "Nenhuma análise corresponde" in at.info[0].value


def test_filter_by_strategy_code(env):
    rec = _save(env.repo, FEIRA, "Feira")
    codes = {a.code for a in env.repo.list_annotations(rec.id)}
    _save(env.repo, ("Texto igual.", "Texto igual."), "Sem mudanças")
    assert codes, "the engine should find something in the FEIRA pair"
    at = _page(env)
    at.selectbox(key="hist_code").set_value(sorted(codes)[0]).run()
    assert list(at.dataframe[0].value["Título"]) == ["Feira"]


def test_rename_changes_the_title_in_the_database(env):
    rec = _save(env.repo, FEIRA, "Antigo")
    at = _page(env)
    at.text_input(key="hist_title").input("Novo <b>título</b>")
    at.button(key="hist_rename").click().run()
    assert not at.exception
    assert env.repo.get_analysis(rec.id).title == "Novo <b>título</b>"
    assert at.success[0].value == "Título salvo."


def test_delete_asks_for_confirmation_first(env):
    rec = _save(env.repo, FEIRA, "Apagar")
    at = _page(env)
    at.button(key="hist_delete").click().run()
    assert "Excluir" in at.warning[0].value
    assert env.repo.list_analyses().total == 1                  # nothing deleted yet
    at.button(key="hist_delete_no").click().run()
    assert env.repo.list_analyses().total == 1
    at.button(key="hist_delete").click().run()
    at.button(key="hist_delete_yes").click().run()
    assert not at.exception
    assert env.repo.list_analyses().total == 0
    assert at.success[0].value == "Análise excluída."
    with pytest.raises(Exception):  # noqa: B017 - NotFound from the repository
        env.repo.get_analysis(rec.id)


def test_open_sets_the_analysis_in_session_and_url(env):
    rec = _save(env.repo, JUIZ, "Abrir")
    at = _page(env)
    at.button(key="hist_open").click().run()
    assert at.session_state["analysis_id"] == rec.id
    assert at.query_params["a"] in (str(rec.id), [str(rec.id)])


def test_pagination_shows_twenty_per_page(env):
    result = analyze(*FEIRA)
    for i in range(23):
        env.repo.save_analysis(FEIRA[0] + f" {i}", FEIRA[1], result, title=f"A{i:02d}")
    at = _page(env)
    assert len(at.dataframe[0].value) == 20
    at.number_input(key="hist_page").set_value(2).run()
    assert len(at.dataframe[0].value) == 3
    assert "página 2 de 2" in at.caption[0].value


def test_date_filter(env):
    from datetime import date, timedelta

    _save(env.repo, FEIRA, "Hoje")
    at = _page(env)
    today = date.today()
    at.date_input(key="hist_dates").set_value((today - timedelta(days=10), today - timedelta(days=5))).run()
    assert "Nenhuma análise corresponde" in at.info[0].value
    at.date_input(key="hist_dates").set_value((today - timedelta(days=1), today + timedelta(days=1))).run()
    assert list(at.dataframe[0].value["Título"]) == ["Hoje"]


@pytest.mark.parametrize("name", ["historico", "corpus", "painel", "configuracoes", "sobre"])
def test_pages_survive_a_database_that_is_down(name, tmp_path, monkeypatch):
    import socket

    with socket.socket() as s:            # a loopback port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("DATABASE_URL", f"postgresql+psycopg://netest:x@127.0.0.1:{port}/netest?connect_timeout=2")
    monkeypatch.setenv("NETEST_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        at = AppTest.from_file(str(Path(PAGE).with_name(f"{name}.py")), default_timeout=60).run()
        assert not at.exception
        assert at.title                                   # the page rendered
        if name != "sobre":
            warnings = " ".join(w.value for w in at.warning)
            assert "banco de dados não está disponível" in warnings
            assert not at.success                          # never claims anything was saved
        if name == "configuracoes":
            assert "Acessível: **não**" in " ".join(m.value for m in at.markdown)
    finally:
        get_settings.cache_clear()


def test_titles_are_shown_literally_in_messages(env):
    from components.page_tools import md_escape

    assert md_escape("**x** [a](javascript:alert(1)) $y$") == (
        "\\*\\*x\\*\\* \\[a\\]\\(javascript\\:alert\\(1\\)\\) \\$y\\$")
    rec = _save(env.repo, FEIRA, "**negrito** <script>alert(1)</script>")
    at = _page(env)
    at.button(key="hist_delete").click().run()
    warning = at.warning[0].value
    assert f"#{rec.id}" in warning and "\\*\\*negrito\\*\\*" in warning and "\\<script\\>" in warning


def _browser_sends(widget, label: str) -> None:
    """Make AppTest send ``label`` for a selectbox, as a browser tab that has not re-rendered does."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    def state(self):
        ws = WidgetState()
        ws.id = self.id
        ws.string_value = label
        return ws

    widget.__class__ = type("StaleSelectbox", (type(widget),), {"_widget_state": property(state)})


def test_the_chosen_analysis_stays_chosen_through_rename_delete_and_open(env):
    """Issue 11 item 1: after renaming an older analysis, Excluir and Abrir act on it, not the top row."""
    older = _save(env.repo, FEIRA, "Mais antiga")
    _save(env.repo, JUIZ, "Mais nova")                          # the top row
    at = _page(env)
    at.selectbox(key="hist_choice").set_value(older.id).run()
    shown = at.selectbox(key="hist_choice").options[at.selectbox(key="hist_choice").index]
    at.text_input(key="hist_title").input("Renomeada")
    at.button(key="hist_rename").click().run()
    assert env.repo.get_analysis(older.id).title == "Renomeada"
    # the browser still holds the label it displayed before the rename and sends it back
    _browser_sends(at.selectbox(key="hist_choice"), shown)
    at.button(key="hist_delete").click().run()
    assert "Renomeada" in at.warning[0].value and f"#{older.id}" in at.warning[0].value
    at.button(key="hist_delete_no").click().run()
    at.button(key="hist_open").click().run()
    assert at.session_state["analysis_id"] == older.id


def test_the_title_box_follows_the_chosen_analysis_and_drops_text_typed_for_another(env):
    """One rename box under one key: choosing another analysis refills it with that analysis's
    title, so a title typed for one is never saved on the other."""
    older = _save(env.repo, FEIRA, "Mais antiga")
    newer = _save(env.repo, JUIZ, "Mais nova")
    at = _page(env)
    assert at.text_input(key="hist_title").value == "Mais nova"
    at.text_input(key="hist_title").input("Só para a nova").run()
    at.selectbox(key="hist_choice").set_value(older.id).run()
    assert at.text_input(key="hist_title").value == "Mais antiga"
    at.button(key="hist_rename").click().run()
    assert env.repo.get_analysis(older.id).title == "Mais antiga"
    assert env.repo.get_analysis(newer.id).title == "Mais nova"
    at.selectbox(key="hist_choice").set_value(newer.id).run()
    assert at.text_input(key="hist_title").value == "Mais nova"


def test_search_matches_whole_words_without_accents(env):
    """Issue 11 item 16: "Lei" is a word, not a piece of "brasileira"; "saude" finds "saúde"."""
    _save(env.repo, ("A lei foi aprovada.", "A lei passou."), "Lei")
    _save(env.repo, ("A cultura brasileira é rica.", "A cultura do Brasil é rica."), "Cultura")
    _save(env.repo, ("O posto de saúde abriu.", "O posto de saúde abriu cedo."), "Posto")
    at = _page(env)
    at.text_input(key="hist_search").input("Lei").run()
    assert list(at.dataframe[0].value["Título"]) == ["Lei"]
    at.text_input(key="hist_search").input("saude").run()
    assert list(at.dataframe[0].value["Título"]) == ["Posto"]
    at.text_input(key="hist_search").input("cultura brasileira").run()
    assert list(at.dataframe[0].value["Título"]) == ["Cultura"]


def test_reviewed_counts_follow_the_preference_filter(env):
    """"x/N revisadas" counts what the review pages list: a strategy switched off (as OM+ is by
    default) is neither a detection to review nor a decision here."""
    from analysis.types import AUTOMATIC_CODES
    from db.views import Preferences

    rec = _save(env.repo, JUIZ, "Juiz")
    anns = env.repo.list_annotations(rec.id)
    machine = [a for a in anns if a.origin == "machine"]
    assert machine, [a.code for a in anns]
    off = machine[0].code
    env.repo.accept(machine[0].id)
    n_on = sum(a.code != off for a in machine)
    env.repo.save_preferences(Preferences(enabled_strategies=[c for c in AUTOMATIC_CODES if c != off]))

    at = _page(env)
    assert not at.exception
    df = at.dataframe[0].value
    assert list(df["Revisadas"]) == [f"0/{n_on}"]
