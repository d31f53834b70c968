"""The "Métricas" tab: readability of both texts with what each measure means next to the
numbers (Flesch-PT bands, Zipf, rare words, TTR and its dependence on length), counts per
strategy, the alignment Sankey (sentence text on hover) and how long the analysis took."""
from __future__ import annotations

import html

import streamlit as st

from analysis.types import AnalysisResult
from components.charts import (
    alignment_sankey,
    readability_figure,
    readability_rows,
    strategy_counts,
    strategy_counts_figure,
)
from components.i18n import fmt_num, t
from components.items import ReviewItem

_CSS = """<style>
.nx-metrics{display:flex;flex-direction:column;gap:.25rem}
.nx-mrow{display:grid;grid-template-columns:2fr 1fr 1fr 1fr 4fr;gap:.25rem .75rem;padding:.35rem .5rem;
  border-bottom:1px solid rgba(128,128,128,.45);overflow-wrap:anywhere;line-height:1.4}
.nx-mhead{font-weight:600}
@media (max-width:640px){.nx-mrow{grid-template-columns:1fr 1fr 1fr}.nx-mrow>:first-child,
  .nx-mrow>:last-child{grid-column:1 / -1}.nx-mhead>:last-child{display:none}}
</style>"""


def metrics_html(rows: list[dict]) -> str:
    """The readability rows (metric, source, target, difference, meaning) as wrapped HTML rows."""
    if not rows:
        return ""
    cols = list(rows[0])
    head = '<div class="nx-mrow nx-mhead" role="row">' + "".join(
        f'<div role="columnheader">{html.escape(c)}</div>' for c in cols) + "</div>"
    body = "".join('<div class="nx-mrow" role="row">' + "".join(
        f'<div role="cell">{"<b>" if i == 0 else ""}{html.escape(str(r[c]))}{"</b>" if i == 0 else ""}</div>'
        for i, c in enumerate(cols)) + "</div>" for r in rows)
    return f'{_CSS}<div class="nx-metrics" role="table">{head}{body}</div>'


def metrics_view(result: AnalysisResult, items: list[ReviewItem], palette: str, lang: str) -> None:
    if result.metrics.get("source"):
        st.markdown(f"#### {t('metrics.readability')}")
        # rows of wrapped text, the explanation next to the numbers; on a phone it goes below them
        st.markdown(metrics_html(readability_rows(result.metrics, lang)), unsafe_allow_html=True)
        st.plotly_chart(readability_figure(result.metrics, lang), width="stretch", key="fig_read")
    else:
        st.info(t("metrics.none"))
    counted = [it for it in items if it.visible]
    if counted:
        st.plotly_chart(strategy_counts_figure(strategy_counts(counted), palette, lang), width="stretch",
                        key="fig_counts")
    if result.alignments:
        st.plotly_chart(
            alignment_sankey(result.alignments, [s.id for s in result.source.sentences],
                             [s.id for s in result.target.sentences], lang,
                             {s.id: s.text for s in result.source.sentences},
                             {s.id: s.text for s in result.target.sentences}),
            width="stretch", key="fig_sankey",
        )
    if result.timings:
        st.caption(t("metrics.timings", seconds=fmt_num(float(result.timings.get("total", 0)), 2, lang),
                     model=result.model.name, version=result.engine_version))
