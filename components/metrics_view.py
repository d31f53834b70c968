"""The "Métricas" tab: readability of both texts with what each measure means next to the
numbers (Flesch-PT bands, Zipf, rare words, TTR and its dependence on length), counts per
strategy, the alignment Sankey (sentence text on hover) and how long the analysis took."""
from __future__ import annotations

import pandas as pd
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


def metrics_view(result: AnalysisResult, items: list[ReviewItem], palette: str, lang: str) -> None:
    if result.metrics.get("source"):
        st.markdown(f"#### {t('metrics.readability')}")
        # a static table wraps the explanations next to the numbers (a grid would cut them)
        st.table(pd.DataFrame(readability_rows(result.metrics, lang)).set_index(t("col.metric")))
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
