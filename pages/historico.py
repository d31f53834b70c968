"""Histórico: the workspace's saved analyses — search, filter, page, open, rename, delete.

Data comes from the database on every run (services.history); session_state holds only the
filters, the chosen analysis id and the pending confirmation. The chosen analysis is kept by
id (``hist_selected``), never by its label: a rename changes the label a browser tab still
holds, and a selector keyed by label would silently fall back to the top row (issue 11 item 1).
Clicking a row of the table opens that analysis.
"""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from analysis.types import STRATEGY_CODES
from components import runtime
from components.i18n import code_label, current_language, fmt_datetime, t
from components.page_tools import ANALYSE_PAGE, md_escape, open_analysis, show_outcome_error
from services import history
from services.history import AnalysisSummary, HistoryQuery
from services.preferences import ReviewFilter

runtime.require_app_shell()

PAGE_SIZE = 20












def _date_range(value: object) -> tuple[date | None, date | None]:
    if isinstance(value, list | tuple):
        start = value[0] if len(value) > 0 else None
        end = value[1] if len(value) > 1 else start
        return start, end
    if isinstance(value, date):
        return value, value
    return None, None


def summaries_frame(items: list[AnalysisSummary]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "id": s.id,
                t("hist.col.title"): (s.title or t("hist.untitled"))
                + (f" · {t('lv.history_badge')}" if s.is_chain else ""),
                t("hist.col.created"): fmt_datetime(s.created_at),
                t("hist.col.detections"): s.n_detections,
                t("hist.col.decided"): f"{s.n_decided}/{s.n_detections}",
                t("hist.col.progress"): round(s.progress * 100, 1),
                t("hist.col.human"): s.n_human,
                t("hist.col.pair"): s.pair_name or "",
                t("hist.col.preview"): s.source_preview,
            }
            for s in items
        ]
    )


def _empty_state() -> None:
    st.info(t("hist.empty"))
    if st.button(t("hist.go_analyse"), key="hist_go_analyse", type="primary"):
        try:
            st.switch_page(ANALYSE_PAGE)
        except st.errors.StreamlitAPIException:
            st.info(t("hist.open.fallback"))


def _keep_choice() -> None:
    """on_change of the selector: remember the id the researcher picked (a stale label is ignored)."""
    value = st.session_state.get("hist_choice")
    if isinstance(value, int):
        st.session_state["hist_selected"] = value


def _row_actions(repo, items: list[AnalysisSummary]) -> None:  # noqa: ANN001 - a Repository
    labels = {s.id: f"#{s.id} — {s.title or t('hist.untitled')}" for s in items}
    if st.session_state.get("hist_selected") in labels:
        st.session_state["hist_choice"] = st.session_state["hist_selected"]
    chosen = st.selectbox(t("hist.choose"), options=list(labels), format_func=labels.get, key="hist_choice",
                          on_change=_keep_choice)
    if chosen not in labels:
        return
    st.session_state["hist_selected"] = chosen
    current = next(s for s in items if s.id == chosen)
    c_open, c_rename, c_delete = st.columns([1, 2, 1], vertical_alignment="bottom")
    with c_open:
        if st.button(t("hist.open"), key="hist_open", type="primary"):
            open_analysis(chosen)
    with c_rename:
        # one box under one key, refilled when the choice changes: a box keyed per analysis was a
        # new widget on every choice, and a slow run could show the old and the new box together
        if st.session_state.get("hist_title_of") != chosen or "hist_title" not in st.session_state:
            st.session_state["hist_title"] = current.title or ""
            st.session_state["hist_title_of"] = chosen
        new_title = st.text_input(t("hist.new_title"), key="hist_title")
        if st.button(t("hist.rename"), key="hist_rename"):
            outcome = history.rename(repo, chosen, new_title)
            if not outcome.ok:
                show_outcome_error(outcome)
            else:
                st.session_state["hist_flash"] = t("hist.renamed")
                st.rerun()
    with c_delete:
        if st.button(t("hist.delete"), key="hist_delete"):
            st.session_state["hist_confirm_delete"] = chosen
    pending = st.session_state.get("hist_confirm_delete")
    if pending == chosen:
        st.warning(t("hist.delete.confirm", title=md_escape(labels[chosen])))
        c_yes, c_no = st.columns(2)
        if c_yes.button(t("hist.delete.yes"), key="hist_delete_yes", type="primary"):
            outcome = history.delete(repo, chosen)
            if not outcome.ok:
                show_outcome_error(outcome)
            else:
                for key in ("hist_confirm_delete", "hist_selected"):
                    st.session_state.pop(key, None)
                if st.session_state.get("analysis_id") == chosen:
                    st.session_state.pop("analysis_id", None)
                st.session_state["hist_flash"] = t("hist.deleted")
                st.rerun()
        if c_no.button(t("hist.delete.no"), key="hist_delete_no"):
            st.session_state.pop("hist_confirm_delete", None)
            st.rerun()


def _open_clicked_row(items: list[AnalysisSummary]) -> None:
    """on_select of the table: the clicked row's analysis opens in Analisar."""
    rows = (st.session_state.get("hist_table") or {}).get("selection", {}).get("rows") or []
    if rows and 0 <= rows[0] < len(items):
        st.session_state["hist_selected"] = items[rows[0]].id
        st.session_state["hist_open_now"] = items[rows[0]].id


def _review_filter(repo) -> ReviewFilter:  # noqa: ANN001 - the runtime's repository
    """The researcher's preference filter (the shell loads it once per workspace; a page
    opened alone loads it here), so each row counts what the review pages list."""
    runtime.load_preferences(repo)
    ss = st.session_state
    return ReviewFilter.of(ss[runtime.K_MIN_CONF], ss[runtime.K_ENABLED])


def render() -> None:
    st.title(t("hist.title"))
    repo = runtime.repo()
    if repo is None:
        st.warning(t("common.no_workspace"))
        return
    flash = st.session_state.pop("hist_flash", None)
    if flash:
        st.success(flash)

    corpora = history.list_corpora(repo)
    if not corpora.ok:
        show_outcome_error(corpora)
        return

    c1, c2, c3, c4 = st.columns([3, 2, 2, 2])
    search = c1.text_input(t("hist.search"), key="hist_search", placeholder=t("hist.search.placeholder"),
                           help=t("hist.search.help"))
    dates = c2.date_input(t("hist.dates"), value=(), key="hist_dates",
                          format="DD/MM/YYYY" if current_language() == "pt-BR" else "YYYY-MM-DD")
    code = c3.selectbox(t("hist.code"), options=[None, *STRATEGY_CODES],
                        format_func=lambda c: t("hist.all") if c is None else code_label(c), key="hist_code")
    corpus_names = {c.id: c.name for c in corpora.value}
    corpus_id = c4.selectbox(t("hist.corpus"), options=[None, *corpus_names],
                             format_func=lambda c: t("hist.all") if c is None else corpus_names[c],
                             key="hist_corpus")
    date_from, date_to = _date_range(dates)
    filtered = bool(search or code or corpus_id or date_from)

    page_no = int(st.session_state.get("hist_page", 1))
    listed = history.list_history(repo, HistoryQuery(search=search or "", code=code, date_from=date_from,
                                                     date_to=date_to, corpus_id=corpus_id, page=page_no,
                                                     page_size=PAGE_SIZE), _review_filter(repo))
    if not listed.ok:
        show_outcome_error(listed)
        return
    result = listed.value
    if result.page != page_no:            # the filter shrank the list: back to page 1
        st.session_state["hist_page"] = result.page

    if result.total == 0:
        if filtered:
            st.info(t("hist.no_match"))
        else:
            _empty_state()
        return

    st.caption(t("hist.count", total=result.total, page=result.page, pages=result.pages))
    st.caption(t("hist.click_row"))
    st.dataframe(
        summaries_frame(result.items),
        hide_index=True,
        width="stretch",
        key="hist_table",
        on_select=lambda: _open_clicked_row(result.items),
        selection_mode="single-row",
        column_config={
            "id": st.column_config.NumberColumn("#", width="small"),
            t("hist.col.progress"): st.column_config.ProgressColumn(
                t("hist.col.progress"), min_value=0, max_value=100, format="%.0f%%",
                help=t("hist.col.progress.help"),
            ),
        },
    )
    opening = st.session_state.pop("hist_open_now", None)
    if opening is not None:
        open_analysis(opening)
    if result.pages > 1:
        st.number_input(t("hist.page"), min_value=1, max_value=result.pages, step=1, key="hist_page")
    _row_actions(repo, result.items)


if __name__ == "__main__":   # Streamlit runs pages as __main__; tests import the functions
    render()
