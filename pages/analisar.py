"""Analisar: enter a source text and its simplified version, analyse, review, export.

The page only composes components: the input form (``components.input_form``), the open
analysis and its header (``components.open_analysis``), and one component per result tab.
Texts are analysed and decisions stored through ``services``. The open analysis is
``st.session_state["analysis_id"]`` (and ``?a=`` in the URL, so a reload keeps it); an analysis
that could not be saved is kept in session state and shown read-only until it is saved.
"""
from __future__ import annotations

import streamlit as st

from components import runtime
from components.alignment_view import alignment_view
from components.analyse_state import ViewPrefs, has_open, init_session, show_flashes, sync_query_param
from components.chain_view import chain_for, step_selector, visualize_chain
from components.export_view import export_view
from components.i18n import current_language, keep_tab_across_languages, t
from components.input_form import analyse_input, input_form, reopen_texts
from components.metrics_view import metrics_view
from components.open_analysis import import_section, load_open, result_header
from components.side_view import side_view
from components.strategies_view import strategies_view

runtime.require_app_shell()

init_session()
st.title(t("an.title"))
show_flashes()
sync_query_param()
reopen_texts(st.session_state.get(runtime.K_ANALYSIS_ID))

opened = has_open()
if input_form(expanded=not opened):
    analyse_input()

oa = load_open()
if oa is None:
    if not opened:
        st.info(t("an.empty_state"), icon=":material/lightbulb:")
    with st.expander(t("export.import"), icon=":material/upload:"):
        import_section()
    st.stop()

prefs = ViewPrefs.from_session(current_language())
result_header(oa)
chain = chain_for(oa)           # three levels: pick the step under review; the chain has its own tab
if chain is not None:
    step_selector(oa, chain)
# a chain opens on its own view first: what became of each sentence across the levels
TAB_KEYS = (("lv.chain_tab",) if chain is not None else ()) + (
    "tab.side", "tab.align", "tab.strategies", "tab.metrics", "tab.export")
keep_tab_across_languages("result_tab", TAB_KEYS)
tabs = st.tabs([t(k) for k in TAB_KEYS], key="result_tab", on_change="rerun")
tab_side, tab_align, tab_strat, tab_metrics, tab_export = tabs[-5:]
# lazy tabs: only the open view runs
with tab_side:
    if tab_side.open is not False:
        side_view(oa, prefs)
with tab_align:
    if tab_align.open is not False:
        alignment_view(oa.result, oa=oa)
with tab_strat:
    if tab_strat.open is not False:
        strategies_view(oa, prefs)
with tab_metrics:
    if tab_metrics.open is not False:
        metrics_view(oa.result, prefs.filter.listed(oa.items), prefs.palette, prefs.lang)
with tab_export:
    if tab_export.open is not False:
        export_view(oa, prefs)
if chain is not None:
    with tabs[0]:
        if tabs[0].open is not False:
            visualize_chain(chain, "chain", prefs.lang, prefs.filter.enabled)
