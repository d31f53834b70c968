"""The "Alinhamento" tab: the aligned sentence groups (kind, ids, texts, similarity) and the
paragraph alignment."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.types import AnalysisResult
from components.i18n import t


def _sent_text(doc, ids) -> str:  # noqa: ANN001 - analysis.types.Document, ids of its sentences
    return " ".join(doc.sentence(i).text for i in ids)


def alignment_view(result: AnalysisResult) -> None:
    rows = []
    for i, g in enumerate(result.alignments, start=1):
        kind = t(f"kind.{g.kind}")
        if g.kind in ("omitted", "added"):
            kind = f"⚠ {kind}"
        rows.append({
            "#": i,
            t("col.kind"): kind,
            t("col.source_ids"): ", ".join(g.source) or "—",
            t("an.source_label"): _sent_text(result.source, g.source) or "—",
            t("col.target_ids"): ", ".join(g.target) or "—",
            t("an.target_label"): _sent_text(result.target, g.target) or "—",
            t("col.score"): round(float(g.score), 3),
        })
    if rows:
        kinds = pd.Series([g.kind for g in result.alignments]).value_counts()
        st.caption(" · ".join(f"{t('kind.' + k)}: {n}" for k, n in kinds.items()))
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    else:
        st.info(t("align.empty"))
    if result.paragraph_alignments:
        st.markdown(f"#### {t('align.paragraphs')}")
        st.dataframe(pd.DataFrame([{
            t("col.kind"): t(f"kind.{g.kind}"),
            t("col.source_ids"): ", ".join(g.source) or "—",
            t("col.target_ids"): ", ".join(g.target) or "—",
            t("col.score"): round(float(g.score), 3),
        } for g in result.paragraph_alignments]), hide_index=True, width="stretch")
