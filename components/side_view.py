"""The "Lado a lado" tab: both texts with the shown detections highlighted, a legend, and one
detection chosen to read its explanation."""
from __future__ import annotations

import streamlit as st

from analysis.types import STRATEGY_CODES
from components import runtime
from components.analyse_state import K_SELECTED, OpenAnalysis, ViewPrefs, excerpt, is_shown
from components.charts import strategy_counts
from components.highlight import render_side_by_side
from components.i18n import code_label, t
from components.items import ReviewItem, labeled_spans
from components.legend import legend_html


def item_label(it: ReviewItem, oa: OpenAnalysis, lang: str) -> str:
    """One line naming a detection: strategy, confidence and the start of its text."""
    conf = f" · {it.confidence:.0%}" if it.confidence is not None else ""
    ex = excerpt(oa.result.source.text, it.source_spans) or excerpt(oa.result.target.text, it.target_spans)
    return f"{code_label(it.code, lang)}{conf} · «{ex}»"


def side_view(oa: OpenAnalysis, prefs: ViewPrefs) -> None:
    ss = st.session_state
    lang, palette = prefs.lang, prefs.palette
    shown = [it for it in oa.items if is_shown(it, prefs)]
    cb = st.toggle(t("side.colorblind"), value=(palette == "colorblind"), key="side_palette",
                   help=t("side.colorblind_help"))
    if cb != (palette == "colorblind"):
        palette = "colorblind" if cb else "default"
        runtime.save_preference(runtime.repo() if oa.saved else None, palette=palette)
    counts = strategy_counts(shown)
    codes = [c for c in STRATEGY_CODES if c in counts]
    if codes:
        st.html(legend_html(codes, palette, lang, counts))
    options = [None] + [it.key for it in shown]
    by_key = {it.key: it for it in shown}
    if ss.get(K_SELECTED) not in options:
        ss[K_SELECTED] = None
    selected = st.selectbox(
        t("side.select"), options, key=K_SELECTED,
        format_func=lambda k: t("side.none") if k is None else item_label(by_key[k], oa, lang),
    )
    if selected is not None:
        it = by_key[selected]
        conf = f"{it.confidence:.0%}" if it.confidence is not None else "—"
        st.info(f"**{code_label(it.code, lang)}** · {t('col.confidence')}: {conf} · "
                f"{t('status.' + it.status)}\n\n{it.explanation_in() or it.comment or ''}")
    if not shown:
        st.caption(t("side.no_detections"))
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('an.source_label')}**")
        st.html(render_side_by_side(oa.result.source.text, labeled_spans(shown, "source", selected), palette))
    with right:
        st.markdown(f"**{t('an.target_label')}**")
        st.html(render_side_by_side(oa.result.target.text, labeled_spans(shown, "target", selected), palette))
