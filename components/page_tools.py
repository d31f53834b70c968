"""Small helpers shared by the pages: literal text in markdown, static reference tables, errors, opening an analysis."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components import runtime
from components.analyse_state import K_TEXTS_FOR
from components.i18n import t
from services.outcomes import DatabaseUnavailable

ANALYSE_PAGE = "pages/analisar.py"

_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:")


def md_escape(text: str) -> str:
    """A researcher's own text (title, pair or corpus name) shown literally inside markdown."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


def static_table(frame: pd.DataFrame) -> None:
    """A short reference table read in full: the text wraps (a scrolling data grid cut long cells at
    the column's edge, worst on a phone) and it takes the workspace's theme (the grid stays light).
    Cells are escaped, so a definition or a version string shows as written, never as Markdown."""
    st.table(frame.map(md_escape), hide_index=True, border="horizontal")


def show_error(err: Exception) -> None:
    """A Portuguese error; a database outage also turns on the shell's "not saved" banner."""
    if isinstance(err, DatabaseUnavailable):
        runtime.mark_db_down()
    st.error(getattr(err, "message", str(err)))


def open_analysis(analysis_id: int) -> None:
    """Open an analysis in Analisar: session_state + ``?a=`` (a reload keeps it open)."""
    st.session_state["analysis_id"] = int(analysis_id)
    st.session_state[K_TEXTS_FOR] = None   # opened on purpose: its texts go into the input
    params = {k: st.query_params[k] for k in ("w",) if k in st.query_params}
    params["a"] = str(int(analysis_id))
    st.query_params["a"] = params["a"]
    try:
        st.switch_page(ANALYSE_PAGE, query_params=params)
    except st.errors.StreamlitAPIException:
        # outside the navigation (a page run on its own): the selection is still recorded
        st.info(t("hist.open.fallback"))


def show_outcome_error(outcome) -> None:  # noqa: ANN001 - services.page_outcome.Outcome
    """A failed service outcome, in the chosen language when its kind has a translation."""
    if outcome.failure == "db_down":
        runtime.mark_db_down()
        st.error(t("common.unavailable"))
    else:
        st.error(outcome.message)
