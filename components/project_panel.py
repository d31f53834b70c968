"""The project's Painel: agreement per strategy and overall (Cohen's κ for two annotators,
Krippendorff's α for any number, units, bootstrap 95 % interval), agreement with the machine,
and the disagreements, each with a button that opens the pair at the disputed span; CSV of both.

Tables and the chart are built by plain functions of ``ProjectAgreement`` so they are tested
without Streamlit. "Not enough data" is always text, never a number.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.analyse_state import excerpt
from components.charts import localise
from components.i18n import fmt_num, fmt_pct, t
from components.page_tools import md_escape
from components.project_common import open_pair, show_error
from services import agreement as ag
from services.projects import PairReview, ProjectAgreement, ProjectsService


def figure_text(fig: ag.AgreementFigure, lang: str) -> str:
    """``0,62 [0,41; 0,80]`` or "dados insuficientes: ..." — never a number without data behind it."""
    if not fig.available:
        return t(f"proj.ag.reason.{fig.reason}")
    return f"{fmt_num(fig.value, 2, lang)} {interval_text(fig, lang)}".strip()


def interval_text(fig: ag.AgreementFigure, lang: str) -> str:
    if not fig.available or fig.interval is None:
        return ""
    sep = "; " if lang == "pt-BR" else ", "
    return f"[{fmt_num(fig.interval.low, 2, lang)}{sep}{fmt_num(fig.interval.high, 2, lang)}]"


def _rows(result: ProjectAgreement, lang: str) -> list[tuple[str, ag.CodeAgreement]]:
    return [(t("proj.ag.overall"), result.overall), *((ca.code, ca) for ca in result.per_code)]


def agreement_table(result: ProjectAgreement, lang: str) -> pd.DataFrame:
    """On screen: each figure with its 95 % interval in one cell (the table fits the page)."""
    return pd.DataFrame([{
        t("proj.ag.col.code"): label,
        t("proj.ag.col.units"): ca.alpha.n_units,
        t("proj.ag.col.annotators"): ca.alpha.n_annotators,
        t("proj.ag.col.kappa"): figure_text(ca.kappa, lang),
        t("proj.ag.col.alpha"): figure_text(ca.alpha, lang),
    } for label, ca in _rows(result, lang)])


def agreement_csv_table(result: ProjectAgreement, lang: str) -> pd.DataFrame:
    """For the CSV: plain numbers (dot decimals) and the reason when there is no number."""
    def cols(name: str, fig: ag.AgreementFigure) -> dict:
        return {name: fig.value, f"{name}_ic95_inf": fig.interval.low if fig.interval else None,
                f"{name}_ic95_sup": fig.interval.high if fig.interval else None,
                f"{name}_sem_valor": "" if fig.available else t(f"proj.ag.reason.{fig.reason}")}
    return pd.DataFrame([{"codigo": label, "unidades": ca.alpha.n_units, "anotadores": ca.alpha.n_annotators,
                          **cols("kappa", ca.kappa), **cols("alpha", ca.alpha)}
                         for label, ca in _rows(result, lang)])


def machine_table(result: ProjectAgreement, lang: str) -> pd.DataFrame:
    return pd.DataFrame([{
        t("proj.ag.col.annotator"): m.annotator,
        t("proj.ag.col.judged"): m.judged,
        t("proj.ag.col.agreed"): m.agreed,
        t("proj.ag.col.rate"): fmt_pct(m.rate, 1, lang),
    } for m in result.machine])


def alpha_figure(result: ProjectAgreement, lang: str) -> go.Figure:
    """α overall and per code with its interval; a code without enough data gets a labelled slot."""
    rows = _rows(result, lang)
    ok = [ca.alpha.available for _label, ca in rows]
    values = [ca.alpha.value if good else 0.0 for (_l, ca), good in zip(rows, ok, strict=True)]
    hi = [ca.alpha.interval.high - ca.alpha.value if good and ca.alpha.interval else 0
          for (_l, ca), good in zip(rows, ok, strict=True)]
    lo = [ca.alpha.value - ca.alpha.interval.low if good and ca.alpha.interval else 0
          for (_l, ca), good in zip(rows, ok, strict=True)]
    labels = [fmt_num(ca.alpha.value, 2, lang) if good else t("proj.ag.chart.na")
              for (_l, ca), good in zip(rows, ok, strict=True)]
    fig = go.Figure(go.Bar(x=[label for label, _ca in rows], y=values, text=labels, textposition="outside",
                           marker_color=["#E69F00"] + ["#0072B2"] * (len(rows) - 1),
                           error_y=dict(type="data", array=hi, arrayminus=lo, visible=True)))
    fig.update_layout(height=360, margin=dict(l=10, r=10, t=40, b=10), title=t("proj.ag.chart"),
                      yaxis=dict(range=[-1, 1.15], title="α"))
    return localise(fig, lang)


def _analysis_of(unit_key: str) -> int:
    return int(unit_key.split(":", 1)[0])


def _value(v: str) -> str:
    return t("proj.ag.none_value") if v == ag.NONE else v


def disagreement_rows(result: ProjectAgreement, pairs: dict[int, PairReview | None],
                      titles: dict[int, str]) -> list[dict]:
    """One row per disputed unit: pair, unit, both excerpts and each annotator's value."""
    rows = []
    for d in result.disagreements:
        aid = _analysis_of(d.unit.key)
        rv = pairs.get(aid)
        rows.append({
            "analysis_id": aid, "key": d.unit.key,
            t("proj.ag.col.pair"): titles.get(aid, str(aid)),
            t("proj.ag.col.unit"): d.unit.machine_code or "—",
            t("proj.ag.col.source"): excerpt(rv.source_text, d.unit.source_spans, 200) if rv else "",
            t("proj.ag.col.target"): excerpt(rv.target_text, d.unit.target_spans, 200) if rv else "",
            t("proj.ag.col.values"): "; ".join(f"{a}: {_value(v)}" for a, v in sorted(d.values.items())),
            "source": [list(s) for s in d.unit.source_spans], "target": [list(s) for s in d.unit.target_spans],
        })
    return rows


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM (spreadsheets open accents correctly)."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def project_panel(svc: ProjectsService, pid: int, lang: str, rounds: int = 500, elsewhere: bool = False) -> None:
    """The project's agreement view; ``elsewhere``: shown outside Projetos (on Painel), so
    "Abrir o par" also chooses the project and goes to Projetos."""
    st.markdown(f"#### {t('proj.ag.header')}")
    st.caption(t("proj.ag.rule"))
    out = svc.project_agreement(pid, rounds)
    if not out.ok:
        if out.code == "blind":
            st.info(t("proj.ag.blind"), icon=":material/visibility_off:")
        else:
            show_error(out)
        return
    result = out.value
    if not any(u.values for u in result.units):
        st.info(t("proj.ag.empty"))
        return
    table = agreement_table(result, lang)
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        t("proj.ag.col.kappa"): st.column_config.TextColumn(width="medium", help=t("proj.ag.col.kappa.help")),
        t("proj.ag.col.alpha"): st.column_config.TextColumn(width="medium", help=t("proj.ag.col.alpha.help")),
    })
    st.plotly_chart(alpha_figure(result, lang), width="stretch")
    st.markdown(f"#### {t('proj.ag.machine')}")
    machine = machine_table(result, lang)
    st.dataframe(machine, hide_index=True, width="stretch")
    _disagreements(svc, pid, result, lang, agreement_csv_table(result, lang), elsewhere)


def _disagreements(svc: ProjectsService, pid: int, result: ProjectAgreement, lang: str,
                   table: pd.DataFrame, elsewhere: bool = False) -> None:
    pairs_out = svc.pairs(pid)
    titles = {p.analysis_id: p.title or f"#{p.analysis_id}" for p in (pairs_out.value or [])}
    needed = {_analysis_of(d.unit.key) for d in result.disagreements}
    reviews = {aid: svc.review(pid, aid).value for aid in sorted(needed)}
    rows = disagreement_rows(result, reviews, titles)
    st.markdown(f"#### {t('proj.ag.disagreements', n=len(rows))}")
    shown = [{k: v for k, v in r.items() if k not in ("analysis_id", "key", "source", "target")} for r in rows]
    c1, c2 = st.columns(2)
    c1.download_button(t("proj.ag.csv"), csv_bytes(table), file_name=f"concordancia-projeto-{pid}.csv",
                       mime="text/csv", icon=":material/download:", key=f"project_csv_{pid}")
    c2.download_button(t("proj.ag.csv_dis"), csv_bytes(pd.DataFrame(shown)),
                       file_name=f"discordancias-projeto-{pid}.csv", mime="text/csv", icon=":material/download:",
                       key=f"project_csv_dis_{pid}", disabled=not rows)
    if not rows:
        st.caption(t("proj.ag.none_disagree"))
        return
    for n, r in enumerate(rows):
        with st.container(border=True):
            c1, c2 = st.columns([5, 1], vertical_alignment="center")
            c1.markdown(f"**{md_escape(r[t('proj.ag.col.pair')])}** · {r[t('proj.ag.col.unit')]} · "
                        f"{md_escape(r[t('proj.ag.col.values')])}")
            c1.caption(f"{r[t('proj.ag.col.source')] or '—'} → {r[t('proj.ag.col.target')] or '—'}")
            c2.button(t("proj.ag.open"), key=f"project_dis_{pid}_{n}", icon=":material/open_in_new:",
                      on_click=open_pair, args=(r["analysis_id"], {"analysis_id": r["analysis_id"], "key": r["key"],
                                                                   "source": r["source"], "target": r["target"]},
                                                                  pid if elsewhere else None))
