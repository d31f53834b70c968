"""Analisar's input: two texts (typed, uploaded or the example), a title, and the Analisar button.

Why a component: the form owns its widgets and callbacks (file upload fills the text area before
it is drawn); running the analysis goes through ``services.analysis_service`` and leaves the
result open (saved) or kept in the session (unsaved), so the page only composes.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from analysis.types import AnalysisSettings, stage_text
from components import runtime
from components.analyse_state import (
    K_LEVELS,
    K_SRC,
    K_TEXTS_FOR,
    K_TGT,
    K_THIRD,
    K_TITLE,
    K_UNSAVED,
    flash,
    keep_input,
    remember_loaded,
    set_input,
    set_open,
)
from components.i18n import current_language, t
from components.textstats import count
from ops.settings import get_settings
from services.analysis_service import analysis_texts, open_saved, run_analysis
from services.levels_service import run_levels
from services.texts import check_texts, read_upload

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
UPLOAD_TYPES = ["txt", "md", "docx", "odt", "pdf"]


def _on_upload(side: str) -> None:
    """file_uploader on_change: the extracted text fills the text area (before it renders);
    a refused file leaves the text area as it was and says why, once."""
    ss = st.session_state
    f = ss.get(f"{side}_file")
    if f is None:
        return
    out = read_upload(f.name, f.getvalue(), side, current_language())
    if not out.ok:
        flash("error", t("an.empty_file", name=f.name) if out.reason in ("empty_file", "empty_text")
              else out.detail)
        return
    ss[{"src": K_SRC, "tgt": K_TGT, "third": K_THIRD}[side]] = out.text
    flash("success", t("an.file_loaded", name=f.name))
    for notice in out.notices:   # what reading the file did to it (a PDF's running headers removed...)
        flash("warning", t(f"ingest.notice.{notice.code}", **notice.params))


def _load_example() -> None:
    set_input((EXAMPLES / "fonte.txt").read_text(encoding="utf-8"),
              (EXAMPLES / "simplificado.txt").read_text(encoding="utf-8"), t("an.example_title"))


def _clear_texts() -> None:
    levels = bool(st.session_state.get(K_LEVELS))
    set_input("", "", "", "")
    st.session_state[K_LEVELS] = levels          # clearing keeps the number of levels


def reopen_texts(analysis_id: int | None) -> None:
    """Once per analysis opened (from Histórico, a link or an import): its texts and title go
    back into the input, so the pair can be edited and analysed again as a new analysis. Called
    before the form is drawn; texts typed while that analysis stays open are left alone."""
    ss = st.session_state
    if analysis_id is None or ss.get(K_TEXTS_FOR) == analysis_id:
        return
    if K_TEXTS_FOR not in ss and (ss.get(K_SRC) or ss.get(K_TGT)):
        # a new session whose input was already restored (the workspace's draft, after a
        # restart): the researcher's latest texts win over the open analysis's
        ss[K_TEXTS_FOR] = analysis_id
        return
    repo = runtime.repo()
    opened = open_saved(repo, int(analysis_id)) if repo is not None else None
    record = opened.record if opened is not None and opened.failure is None else None
    if record is not None:
        remember_loaded(analysis_id, opened)         # the view below opens it without reading again
    texts = analysis_texts(repo, int(analysis_id), record) if record is not None else None
    if texts is not None:
        set_input(texts.source, texts.target, texts.title, texts.third)
        ss[K_TEXTS_FOR] = analysis_id


def _settings() -> AnalysisSettings:
    return AnalysisSettings(model=get_settings().netest_model)


def input_form(expanded: bool) -> bool:
    """Draw the input expander; True when Analisar was clicked."""
    ss = st.session_state
    with st.expander(t("an.input_header"), expanded=expanded, icon=":material/edit_note:"):
        b1, b2, _ = st.columns([1, 1, 4])
        b1.button(t("an.load_example"), on_click=_load_example, icon=":material/auto_stories:")
        b2.button(t("an.clear"), on_click=_clear_texts, icon=":material/delete_sweep:")
        levels = st.toggle(t("lv.toggle"), key=K_LEVELS, help=t("lv.toggle_help"))
        fields = [("src", K_SRC, t("lv.label.original") if levels else t("an.source_label")),
                  ("tgt", K_TGT, t("lv.label.natural") if levels else t("an.target_label"))]
        if levels:
            fields.append(("third", K_THIRD, t("lv.label.forte")))
        for col, (side, key, label) in zip(st.columns(len(fields)), fields, strict=True):
            with col:
                st.text_area(label, key=key, height=280, placeholder=t("an.placeholder"))
                c = count(ss[key])
                st.caption(t("an.counts", chars=c.characters, words=c.words, sentences=c.sentences))
                st.file_uploader(t("an.upload", side=label), type=UPLOAD_TYPES, key=f"{side}_file",
                                 on_change=_on_upload, args=(side,), help=t("an.upload_help"))
        st.text_input(t("an.title_label"), key=K_TITLE, placeholder=t("an.title_placeholder"), max_chars=300)
        keep_input()

        pairs = [(ss[K_SRC], ss[K_TGT])] + ([(ss[K_TGT], ss[K_THIRD])] if levels else [])
        for a, b in pairs:
            if not (a.strip() and b.strip()):
                continue
            checked = check_texts(a, b, current_language())
            for w in checked.warnings:
                st.warning(w, icon=":material/warning:")
            if checked.error:
                st.error(checked.error)
        return st.button(t("an.analyse"), type="primary", icon=":material/play_arrow:")


def _analyse_levels() -> None:
    """Analyse original → natural → forte as two steps stored as one chain and open it."""
    ss = st.session_state
    texts = [ss[K_SRC], ss[K_TGT], ss[K_THIRD]]
    if not all(x.strip() for x in texts):
        st.error(t("lv.need_three"))
        return
    encoder, info = runtime.model()
    with st.status(t("lv.running"), expanded=True) as status:
        bar = st.progress(0.0)
        outcome = run_levels(
            runtime.repo(), texts, _settings(), title=ss.get(K_TITLE),
            progress=lambda stage, frac: bar.progress(min(1.0, max(0.0, frac)), text=stage),
            encoder=encoder, model_info=info, analyzer=runtime.cached_analyze,
            rate_key=str(ss.get(runtime.K_WORKSPACE_ID) or id(ss)))
        status.update(label=t("lv.done") if outcome.saved else t("lv.failed"),
                      state="complete" if outcome.saved else "error", expanded=not outcome.saved)
    if not outcome.saved:
        st.error(outcome.error_message_pt or t("an.failed"))
        return
    ss.pop(K_UNSAVED, None)
    set_open(outcome.analysis_id)
    ss[K_TEXTS_FOR] = outcome.analysis_id


def analyse_input() -> None:
    """Analyse the texts in the form (two, or three levels); open the saved analysis (or chain)
    or keep the unsaved pair."""
    ss = st.session_state
    if ss.get(K_LEVELS):
        _analyse_levels()
        return
    source, target = ss[K_SRC], ss[K_TGT]
    if not source.strip() or not target.strip():
        st.error(t("an.need_both"))
        return
    encoder, info = runtime.model()
    repo = runtime.repo()
    with st.status(t("an.running"), expanded=True) as status:
        bar = st.progress(0.0)

        def progress(stage: str, frac: float) -> None:
            bar.progress(min(1.0, max(0.0, frac)), text=stage_text(stage, current_language()))

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
        st.error(outcome.error_in(current_language()) or t("an.failed"))
        return
    if outcome.saved:
        ss.pop(K_UNSAVED, None)
        set_open(outcome.analysis_id)
        ss[K_TEXTS_FOR] = outcome.analysis_id     # its texts are the ones in the input
        if outcome.cached:
            flash("info", t("an.cached_note"))
    else:
        if repo is not None:
            runtime.mark_db_down()
        set_open(None)
        ss[K_UNSAVED] = {"result": outcome.result.to_dict(), "source": source, "target": target,
                         "title": outcome.title}
