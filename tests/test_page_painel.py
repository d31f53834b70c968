"""Painel page under AppTest: counts after decisions made through the real repository."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from analysis.pipeline import analyze
from db.repository import Repository
from db.views import FeedbackStats, StrategyFeedback
from db.workspaces import create_workspace
from tests.ui_helpers import open_page, workspace_env

PAIR = (
    "O réu foi absolvido pelo juiz ontem. Neste ano, a feira terá mais expositores. A ponte foi reaberta.",
    "O acusado foi inocentado pelo juiz ontem. A feira terá mais expositores neste ano. "
    "A ponte foi reaberta. Os motoristas comemoraram.",
)


@pytest.fixture
def env(tmp_path, monkeypatch):
    yield from workspace_env(tmp_path, monkeypatch)


def _page(env) -> AppTest:
    return open_page("painel", env, timeout=60)


def _annotations(repo):
    rec = repo.save_analysis(*PAIR, analyze(*PAIR), title="Painel")
    anns = repo.list_annotations(rec.id)
    assert len(anns) >= 3, [a.code for a in anns]
    return anns


def test_empty_state_before_any_decision(env):
    _annotations(env.repo)                     # detections exist, but nobody judged them
    at = _page(env)
    assert not at.exception
    assert "Ainda não há decisões" in at.info[0].value
    assert not at.get("plotly_chart")


def test_counts_and_precision_after_decisions(env):
    anns = _annotations(env.repo)
    env.repo.accept(anns[0].id)
    env.repo.reject(anns[1].id)
    new_code = "PRO+" if anns[2].code != "PRO+" else "RF+"
    env.repo.relabel(anns[2].id, new_code)

    at = _page(env)
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Decisões"] == "3"
    assert metrics["Precisão julgada"] == "33%"
    table = at.dataframe[0].value.set_index("Código")
    assert table["Aceitas"].sum() == 1 and table["Rejeitadas"].sum() == 1 and table["Reclassificadas"].sum() == 1
    assert table.loc[anns[0].code, "Aceitas"] >= 1
    assert len(at.get("plotly_chart")) == 4     # verdicts, precision, confusion, per day


def test_all_workspaces_toggle_adds_other_workspaces_counts(env):
    anns = _annotations(env.repo)
    env.repo.accept(anns[0].id)
    other_ws, _ = create_workspace(env.engine)
    other = Repository(env.engine, other_ws.id)
    for a in _annotations(other)[:2]:
        other.reject(a.id)

    at = _page(env)
    assert {m.label: m.value for m in at.metric}["Decisões"] == "1"
    at.toggle(key="panel_all").set_value(True).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Decisões"] == "3"
    assert metrics["Espaços de trabalho"] == "2"


def test_confusion_figure_places_relabels_from_machine_to_researcher():
    from pages import painel

    stats = FeedbackStats(
        scope="workspace",
        per_strategy=[StrategyFeedback("SL+", total=4, accepted=1, relabelled=3),
                      StrategyFeedback("RF+", total=1, relabelled=1)],
        confusion=[("SL+", "RF+", 2), ("SL+", "PRO+", 1), ("RF+", "SL+", 1)],
        by_day=[],
    )
    fig = painel.confusion_figure(stats)
    heat = fig.data[0]
    assert list(heat.x) == list(heat.y) == ["RF+", "SL+", "PRO+"]
    z = {(heat.y[i], heat.x[j]): heat.z[i][j] for i in range(3) for j in range(3)}
    assert z[("SL+", "RF+")] == 2 and z[("SL+", "PRO+")] == 1 and z[("RF+", "SL+")] == 1
    assert z[("RF+", "RF+")] == 0
    assert painel.by_day_figure(stats) is None
    assert painel.confusion_figure(FeedbackStats("workspace", [], [], [])) is None
    precision = painel.precision_figure(stats).data[0]
    assert list(precision.x) == ["SL+", "RF+"] and list(precision.y) == [25.0, 0.0]


def test_precision_never_shows_none_and_added_annotations_count_as_misses(env):
    """Issue 11 items 15 and 12: no "None" in Precisão; researchers' own annotations are the
    machine's misses (recall), labelled; percentages with the decimal comma in pt-BR."""
    anns = _annotations(env.repo)
    env.repo.accept(anns[0].id)
    env.repo.reject(anns[1].id)
    env.repo.reject(anns[2].id)
    rec_id = env.repo.get_annotation(anns[0].id).analysis_id
    env.repo.create_annotation(rec_id, anns[0].code, [(0, 5)], [(0, 10)])
    at = _page(env)
    assert not at.exception
    table = at.dataframe[0].value.set_index("Código")
    cells = [str(v) for v in table.to_numpy().ravel()]
    assert "None" not in cells and "nan" not in cells
    missed_col = "Acrescentadas por pesquisadores (não detectadas)"
    assert table.loc[anns[0].code, missed_col] == 1
    assert table.loc[anns[0].code, "Revocação estimada"] == "50%"
    pending_only = [c for c in table.index if table.loc[c, "Aceitas"] + table.loc[c, "Rejeitadas"]
                    + table.loc[c, "Reclassificadas"] == 0]
    for code in pending_only:
        assert table.loc[code, "Precisão"] == "—"
    if anns[1].code == anns[2].code == anns[0].code:
        assert table.loc[anns[0].code, "Precisão"] == "33,3%"
    assert "revocação" in " ".join(c.value for c in at.caption).lower()


def test_precision_uses_the_decimal_comma_and_the_day_axis_steps_by_day():
    from datetime import date

    from db.views import DayFeedback
    from pages import painel

    stats = FeedbackStats("workspace", [StrategyFeedback("SL+", total=3, accepted=1, rejected=2)], [],
                          [DayFeedback(date(2026, 11, 1), accepted=1), DayFeedback(date(2026, 11, 9), rejected=2)])
    table = painel.strategy_table(stats, "pt-BR")
    assert list(table["Precisão"]) == ["33,3%"]
    fig = painel.by_day_figure(stats, lang="pt-BR")
    assert fig.layout.xaxis.type == "date" and fig.layout.xaxis.dtick == 86_400_000.0
    assert fig.layout.xaxis.tickformat == "%d/%m/%Y" and fig.layout.separators == ",."
    assert fig.layout.yaxis.dtick == 1                 # whole decisions: no "0 0 1 1" repeated ticks
    assert painel.by_day_figure(stats, lang="en").layout.separators == ".,"


def test_a_strategy_switched_off_is_not_counted(env):
    """The preference filter holds on Painel too: a code switched off in Configurações (as OM+
    is by default) leaves the table, the charts' data and the decision count."""
    from analysis.types import AUTOMATIC_CODES
    from db.views import Preferences

    anns = _annotations(env.repo)
    off = anns[0].code
    kept = next(a for a in anns if a.code != off)
    env.repo.accept(anns[0].id)
    env.repo.accept(kept.id)
    env.repo.save_preferences(Preferences(enabled_strategies=[c for c in AUTOMATIC_CODES if c != off]))

    at = _page(env)
    assert not at.exception
    table = at.dataframe[0].value.set_index("Código")
    assert off not in table.index and kept.code in table.index
    assert at.metric[0].label == "Decisões" and at.metric[0].value == "1"
