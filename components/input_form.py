"""Analisar's input: two texts (typed, uploaded or the example), a title, and the Analisar button.

Why a component: the form owns its widgets and callbacks (file upload fills the text area before
it is drawn); running the analysis goes through ``services.analysis_service`` and leaves the
result open (saved) or kept in the session (unsaved), so the page only composes.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from analysis.types import AnalysisSettings, InputError
from components import runtime
from components.analyse_state import K_SRC, K_TGT, K_TITLE, K_UNSAVED, flash, set_open
from components.i18n import t
from components.textstats import count
from ops.settings import get_settings
from services.analysis_service import run_analysis
from services.input_limits import ingest_limits

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
UPLOAD_TYPES = ["txt", "md", "docx", "odt", "pdf"]


def _on_upload(side: str) -> None:
    """file_uploader on_change: the extracted text fills the text area (before it renders)."""
    from analysis.ingest import read_document

    ss = st.session_state
    f = ss.get(f"{side}_file")
    if f is None:
        return
    try:
        doc = read_document(f.name, f.getvalue(), ingest_limits())
    except InputError as err:
        flash("error", err.message)
        return
    ss[K_SRC if side == "src" else K_TGT] = doc.text
    flash("success", t("an.file_loaded", name=f.name))
    for notice in doc.notices:   # what reading the file did to it (a PDF's running headers removed...)
        flash("warning", t(f"ingest.notice.{notice.code}", **notice.params))


def _load_example() -> None:
    ss = st.session_state
    ss[K_SRC] = (EXAMPLES / "fonte.txt").read_text(encoding="utf-8")
    ss[K_TGT] = (EXAMPLES / "simplificado.txt").read_text(encoding="utf-8")
    ss[K_TITLE] = t("an.example_title")


def _clear_texts() -> None:
    ss = st.session_state
    ss[K_SRC] = ""
    ss[K_TGT] = ""
    ss[K_TITLE] = ""


def _settings() -> AnalysisSettings:
    return AnalysisSettings(model=get_settings().netest_model)


def input_form(expanded: bool) -> bool:
    """Draw the input expander; True when Analisar was clicked."""
    ss = st.session_state
    with st.expander(t("an.input_header"), expanded=expanded, icon=":material/edit_note:"):
        b1, b2, _ = st.columns([1, 1, 4])
        b1.button(t("an.load_example"), on_click=_load_example, icon=":material/auto_stories:")
        b2.button(t("an.clear"), on_click=_clear_texts, icon=":material/delete_sweep:")
        col_s, col_t = st.columns(2)
        for col, side, key, label in ((col_s, "src", K_SRC, t("an.source_label")),
                                      (col_t, "tgt", K_TGT, t("an.target_label"))):
            with col:
                st.text_area(label, key=key, height=280, placeholder=t("an.placeholder"))
                c = count(ss[key])
                st.caption(t("an.counts", chars=c.characters, words=c.words, sentences=c.sentences))
                st.file_uploader(t("an.upload", side=label), type=UPLOAD_TYPES, key=f"{side}_file",
                                 on_change=_on_upload, args=(side,), help=t("an.upload_help"))
        st.text_input(t("an.title_label"), key=K_TITLE, placeholder=t("an.title_placeholder"), max_chars=300)

        if ss[K_SRC].strip() and ss[K_TGT].strip():
            from analysis.ingest import check_pair

            try:
                for w in check_pair(ss[K_SRC], ss[K_TGT], ingest_limits()):
                    st.warning(w, icon=":material/warning:")
            except InputError as err:
                st.error(err.message)
        return st.button(t("an.analyse"), type="primary", icon=":material/play_arrow:")


def analyse_input() -> None:
    """Analyse the two texts in the form; open the saved analysis or keep the unsaved one."""
    ss = st.session_state
    source, target = ss[K_SRC], ss[K_TGT]
    if not source.strip() or not target.strip():
        st.error(t("an.need_both"))
        return
    encoder, info = runtime.model()
    repo = runtime.repo()
    with st.status(t("an.running"), expanded=True) as status:
        bar = st.progress(0.0)

        def progress(stage: str, frac: float) -> None:
            bar.progress(min(1.0, max(0.0, frac)), text=stage)

        outcome = run_analysis(
            repo, source, target, _settings(), title=ss.get(K_TITLE), progress=progress,
            encoder=encoder, model_info=info, analyzer=runtime.cached_analyze,
            rate_key=str(ss.get(runtime.K_WORKSPACE_ID) or id(ss)),
        )
        if outcome.ok:
            status.update(label=t("an.done_cached") if outcome.cached else t("an.done"), state="complete",
                          expanded=False)
        else:
            status.update(label=t("an.failed"), state="error", expanded=True)
    if not outcome.ok:
        st.error(outcome.error_message_pt or t("an.failed"))
        return
    if outcome.saved:
        ss.pop(K_UNSAVED, None)
        set_open(outcome.analysis_id)
        if outcome.cached:
            flash("info", t("an.cached_note"))
    else:
        if repo is not None:
            runtime.mark_db_down()
        set_open(None)
        ss[K_UNSAVED] = {"result": outcome.result.to_dict(), "source": source, "target": target,
                         "title": outcome.title}
