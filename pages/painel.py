"""Painel: the feedback loop — how researchers judged the machine's detections.

Per strategy: accepted / rejected / relabelled, the researcher-judged precision (accepted ÷
judged) and an estimated recall (accepted ÷ (accepted + annotations researchers added, i.e. the
machine's misses)); the relabel confusion (machine code → researcher code); decisions per day in
the researcher's time zone. Numbers follow the language (decimal comma in pt-BR).
"All workspaces" aggregates counts only (repo.feedback_stats(all_workspaces=True) returns no
texts and no ids). The figures are built by plain functions so they are tested directly.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.types import STRATEGY_CODES
from components import runtime
from components.charts import localise
from components.i18n import current_language, fmt_num, fmt_pct, researcher_timezone, strategy_name, t
from components.page_tools import show_outcome_error
from components.palette import chart_colours
from components.project_common import K_GO_TO_PROJECTS
from components.project_panel import project_panel
from services import dashboard, projects
from services.dashboard import FeedbackStats

runtime.require_app_shell()

VERDICT_COLOURS = {"accepted": "#1a7f37", "rejected": "#cf222e", "relabelled": "#9a6700"}
VERDICT_COLOURS_CB = {"accepted": "#0072B2", "rejected": "#D55E00", "relabelled": "#E69F00"}






def strategy_table(stats: FeedbackStats, lang: str) -> pd.DataFrame:
    rows = []
    for s in sorted(stats.per_strategy, key=lambda s: STRATEGY_CODES.index(s.code)
                    if s.code in STRATEGY_CODES else 99):
        rows.append({
            t("panel.col.code"): s.code,
            t("panel.col.name"): strategy_name(s.code, lang),
            t("panel.col.total"): s.total,
            t("panel.col.accepted"): s.accepted,
            t("panel.col.rejected"): s.rejected,
            t("panel.col.relabelled"): s.relabelled,
            t("panel.col.pending"): s.pending,
            t("panel.col.precision"): fmt_pct(s.precision, 1, lang),
            t("panel.col.missed"): s.missed,
            t("panel.col.recall"): fmt_pct(s.recall, 1, lang),
        })
    return pd.DataFrame(rows)


def verdicts_figure(stats: FeedbackStats, palette: str = "default", lang: str = "pt-BR") -> go.Figure:
    """Stacked bars per strategy: accepted / rejected / relabelled."""
    colours = VERDICT_COLOURS_CB if palette == "colorblind" else VERDICT_COLOURS
    judged = [s for s in stats.per_strategy if s.judged]
    codes = [s.code for s in judged]
    fig = go.Figure()
    for verdict in ("accepted", "rejected", "relabelled"):
        fig.add_bar(x=codes, y=[getattr(s, verdict) for s in judged], name=t(f"panel.verdict.{verdict}"),
                    marker_color=colours[verdict])
    fig.update_layout(barmode="stack", height=360, margin=dict(l=10, r=10, t=40, b=10),
                      title=t("panel.chart.verdicts"), legend_title_text="")
    return localise(fig, lang)


def precision_figure(stats: FeedbackStats, palette: str = "default", lang: str = "pt-BR") -> go.Figure:
    judged = [s for s in stats.per_strategy if s.precision is not None]
    colours = chart_colours(palette)
    fig = go.Figure(go.Bar(
        x=[s.code for s in judged], y=[round(100 * s.precision, 1) for s in judged],
        marker_color=[colours.get(s.code, "#4b5563") for s in judged],
        text=[f"{fmt_pct(s.precision, 0, lang)} (n={s.judged})" for s in judged], textposition="outside",
    ))
    fig.update_layout(height=360, margin=dict(l=10, r=10, t=40, b=10), title=t("panel.chart.precision"),
                      yaxis=dict(range=[0, 110], title="%"))
    return localise(fig, lang)


def confusion_figure(stats: FeedbackStats, lang: str = "pt-BR") -> go.Figure | None:
    """Heatmap machine code (rows) → researcher code (columns); None without relabels."""
    if not stats.confusion:
        return None
    present = {c for a, b, _ in stats.confusion for c in (a, b)}
    codes = [c for c in STRATEGY_CODES if c in present] + sorted(present - set(STRATEGY_CODES))
    idx = {c: i for i, c in enumerate(codes)}
    z = [[0] * len(codes) for _ in codes]
    for src, dst, n in stats.confusion:
        z[idx[src]][idx[dst]] += n
    fig = go.Figure(go.Heatmap(z=z, x=codes, y=codes, colorscale="Blues", text=z, texttemplate="%{text}",
                               hovertemplate=t("panel.confusion.hover") + "<extra></extra>"))
    fig.update_layout(height=380, margin=dict(l=10, r=10, t=40, b=10), title=t("panel.chart.confusion"),
                      xaxis_title=t("panel.confusion.to"), yaxis_title=t("panel.confusion.from"),
                      yaxis=dict(autorange="reversed"))
    return localise(fig, lang)


def by_day_figure(stats: FeedbackStats, palette: str = "default", lang: str = "pt-BR") -> go.Figure | None:
    """Decisions per calendar day (the researcher's), one tick per day at most."""
    if not stats.by_day:
        return None
    colours = VERDICT_COLOURS_CB if palette == "colorblind" else VERDICT_COLOURS
    days = [d.day for d in stats.by_day]
    peak = max((d.accepted + d.rejected + d.relabelled for d in stats.by_day), default=0)
    fig = go.Figure()
    for verdict in ("accepted", "rejected", "relabelled"):
        fig.add_scatter(x=days, y=[getattr(d, verdict) for d in stats.by_day], mode="lines+markers",
                        name=t(f"panel.verdict.{verdict}"), line_color=colours[verdict])
    fig.update_layout(height=340, margin=dict(l=10, r=10, t=40, b=10), title=t("panel.chart.by_day"),
                      legend_title_text="",
                      xaxis=dict(type="date", dtick=86_400_000.0, tickangle=-45,
                                 tickformat="%d/%m/%Y" if lang == "pt-BR" else "%Y-%m-%d"),
                      yaxis=dict(rangemode="tozero", tickformat="d", dtick=1 if peak <= 10 else None))
    return localise(fig, lang)


def _projects_agreement(repo, lang: str) -> None:  # noqa: ANN001 - services.store.Repository
    """Issue 14: the agreement of the research-group projects this workspace belongs to, where
    the group looks for numbers; the same view as Projetos → Painel (blind rules included)."""
    svc = projects.for_repo(repo)
    listed = svc.projects()
    if not listed.ok or not listed.value:
        return
    mine = {p.id: p for p in listed.value}
    with st.expander(t("panel.projects"), icon=":material/groups:"):
        if st.session_state.get("panel_project") not in mine:
            st.session_state["panel_project"] = next(iter(mine))
        pid = st.selectbox(t("proj.choose"), list(mine), key="panel_project",
                           format_func=lambda p: mine[p].name)
        project_panel(svc, pid, lang, elsewhere=True)


def render() -> None:
    if st.session_state.pop(K_GO_TO_PROJECTS, False):    # "Abrir o par" on a project's agreement
        st.switch_page("pages/projetos.py")
    lang = current_language()
    palette = st.session_state.get("palette", "default")
    st.title(t("panel.title"))
    st.caption(t("panel.intro"))
    repo = runtime.repo()
    if repo is None:
        st.warning(t("common.no_workspace"))
        return
    _projects_agreement(repo, lang)
    all_ws = st.toggle(t("panel.all_workspaces"), key="panel_all", help=t("panel.all_workspaces.help"))
    runtime.load_preferences(repo)   # the shell already did, once per workspace: a no-op then
    outcome = dashboard.feedback(repo, all_ws, researcher_timezone(), st.session_state[runtime.K_ENABLED])
    if not outcome.ok:
        show_outcome_error(outcome)
        return
    stats = outcome.value
    if not dashboard.has_decisions(stats):
        st.info(t("panel.empty"))
        return

    judged = sum(s.judged for s in stats.per_strategy)
    accepted = sum(s.accepted for s in stats.per_strategy)
    c1, c2, c3 = st.columns(3)
    c1.metric(t("panel.metric.decisions"), fmt_num(judged, lang=lang))
    c2.metric(t("panel.metric.precision"), fmt_pct(accepted / judged, 0, lang) if judged else "—")
    c3.metric(t("panel.metric.workspaces") if all_ws else t("panel.metric.analyses"),
              stats.n_workspaces if all_ws else stats.n_analyses)

    st.dataframe(
        strategy_table(stats, lang), hide_index=True, width="stretch",
        column_config={
            t("panel.col.precision"): st.column_config.TextColumn(help=t("panel.col.precision.help")),
            t("panel.col.missed"): st.column_config.NumberColumn(help=t("panel.col.missed.help")),
            t("panel.col.recall"): st.column_config.TextColumn(help=t("panel.col.recall.help")),
        },
    )
    st.caption(t("panel.recall.note"))
    c1, c2 = st.columns(2)
    c1.plotly_chart(verdicts_figure(stats, palette, lang), width="stretch")
    c2.plotly_chart(precision_figure(stats, palette, lang), width="stretch")
    conf = confusion_figure(stats, lang)
    if conf is None:
        st.caption(t("panel.no_relabels"))
    else:
        st.plotly_chart(conf, width="stretch")
    day_fig = by_day_figure(stats, palette, lang)
    if day_fig is not None:
        st.plotly_chart(day_fig, width="stretch")


if __name__ == "__main__":   # Streamlit runs pages as __main__; tests import the functions
    render()
