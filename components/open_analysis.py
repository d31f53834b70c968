"""The open analysis on Analisar: load it (database, snapshot while down, or unsaved), draw its
header (title, Nova análise, the unsaved banner and its retry), and import a bundle.

Why a component: which analysis is on screen and whether it can be reviewed is decided here,
once per run, and handed to every tab as an ``OpenAnalysis``.
"""
from __future__ import annotations

import streamlit as st

from analysis.types import AnalysisResult
from components import runtime
from components.analyse_state import K_SNAPSHOT, K_UNSAVED, OpenAnalysis, flash, set_open, take_loaded
from components.calibrated import active_calibration, calibrate_items
from components.i18n import current_language, t
from components.items import from_annotation, from_detection
from services import export
from services.analysis_service import open_saved, save_result


def _snapshot_while_down(aid: int) -> OpenAnalysis | None:
    """The open analysis as last loaded, read-only, while the database is down (so a failed
    decision and its retry stay on screen instead of the whole review disappearing)."""
    snap = st.session_state.get(K_SNAPSHOT)
    if snap and snap[0] == int(aid):
        st.warning(t("an.read_only_db_down"), icon=":material/cloud_off:")
        _, result, title, items = snap
        return OpenAnalysis(result, title, items, True, int(aid), False)
    st.error(t("an.load_failed"))
    return None


def load_open() -> OpenAnalysis | None:
    """What is open, or None (with a message when something was meant to be open)."""
    ss = st.session_state
    aid = ss.get(runtime.K_ANALYSIS_ID)
    repo = runtime.repo()
    if aid is not None and repo is not None:
        opened = take_loaded(aid) or open_saved(repo, int(aid))
        if opened.failure == "db_down":
            runtime.mark_db_down()
            return _snapshot_while_down(aid)
        if opened.failure is not None:
            st.warning(t("an.not_found"))
            set_open(None)
            return None
        rec = opened.record
        items = calibrate_items([from_annotation(a, rec.result) for a in opened.annotations],
                                active_calibration())
        ss[K_SNAPSHOT] = (rec.id, rec.result, rec.title, items)
        return OpenAnalysis(rec.result, rec.title, items, True, rec.id, True, rec)
    unsaved = ss.get(K_UNSAVED)
    if unsaved:
        result = AnalysisResult.from_dict(unsaved["result"])
        items = [from_detection(i, d) for i, d in enumerate(result.strategies)]
        return OpenAnalysis(result, unsaved["title"], items, False, None, False)
    if aid is not None:
        if ss.get(K_SNAPSHOT) and ss[K_SNAPSHOT][0] == int(aid):
            return _snapshot_while_down(aid)
        st.warning(t("an.cannot_open_db_down"))
    return None


def result_header(oa: OpenAnalysis) -> None:
    """Title, Nova análise, the unsaved / not reviewable banners and the engine's notices."""
    ss = st.session_state
    head_l, head_r = st.columns([4, 1])
    head_l.subheader(oa.title or t("an.untitled"))
    if head_r.button(t("an.new_analysis"), icon=":material/add:"):
        ss.pop(K_UNSAVED, None)
        set_open(None)
        st.rerun()

    if not oa.saved:
        st.error(t("an.unsaved_banner"), icon=":material/cloud_off:")
        if st.button(t("an.retry"), key="retry_save", icon=":material/refresh:"):
            unsaved = ss[K_UNSAVED]
            out = save_result(runtime.repo(), unsaved["source"], unsaved["target"], oa.result, unsaved["title"])
            if out.saved:
                ss.pop(K_UNSAVED, None)
                set_open(out.analysis_id)
                flash("success", t("an.saved_now"))
                st.rerun()
            else:
                runtime.mark_db_down()
                st.error(out.save_message_pt or t("an.not_saved"))
    elif not oa.reviewable:
        st.error(t("an.review_unavailable"), icon=":material/cloud_off:")
    for notice in oa.result.localized_notices(current_language()):
        st.warning(notice, icon=":material/info:")


def import_section() -> None:
    """Open an exported bundle as a new analysis of this workspace."""
    st.markdown(f"#### {t('export.import')}")
    st.caption(t("export.import_help"))
    bundle = st.file_uploader(t("export.import_file"), type=["json"], key="import_bundle")
    if st.button(t("export.import_button"), key="import_btn", disabled=bundle is None,
                 icon=":material/upload:"):
        out = export.import_bundle(runtime.repo(), bundle.getvalue())
        if out.failure is None:
            st.session_state.pop(K_UNSAVED, None)
            set_open(out.record.id)
            flash("success", t("export.imported", title=out.record.title))
            st.rerun()
        if out.failure == "db_down":
            runtime.mark_db_down()
        st.error(out.detail or t("an.not_saved"))
