"""The "Nova anotação" form: a researcher adds a strategy the engine missed, by excerpt (with
its occurrence) or by offsets, on either or both texts."""
from __future__ import annotations

import streamlit as st

from analysis.types import STRATEGY_CODES, AnalysisResult
from components.analyse_state import K_LAST
from components.i18n import code_label, t
from components.review_actions import do, outcome_message
from components.spans import count_occurrences, find_excerpt, validate_span

K_NEW = "new_annotation_outcome"        # the last "Nova anotação" submit: saved, or why not


def _spans_from_form(result: AnalysisResult) -> tuple[dict[str, list[tuple[int, int]]], str | None]:
    """The spans the form describes on each side, or the problem to show."""
    ss = st.session_state
    spans: dict[str, list[tuple[int, int]]] = {"source": [], "target": []}
    for side, text in (("src", result.source.text), ("tgt", result.target.text)):
        name = "source" if side == "src" else "target"
        excerpt = (ss.get(f"new_{side}_ex") or "").strip()
        a, b = int(ss.get(f"new_{side}_s") or 0), int(ss.get(f"new_{side}_e") or 0)
        if excerpt:
            found = find_excerpt(text, excerpt, int(ss.get(f"new_{side}_occ") or 1))
            if found is None:
                n = count_occurrences(text, excerpt)
                return spans, t("new.not_found", side=t(f"side.{name}"), n=n)
            spans[name].append(found)
        elif a or b:
            err = validate_span(text, a, b)
            if err:
                return spans, f"{t(f'side.{name}')}: {err}"
            spans[name].append((a, b))
    if not (spans["source"] or spans["target"]):
        return spans, t("new.need_span")
    return spans, None


#: the form's inputs and their empty values (the form clears after a saved annotation)
_FIELDS = {"new_src_ex": "", "new_tgt_ex": "", "new_src_occ": 1, "new_tgt_occ": 1, "new_src_s": 0,
           "new_src_e": 0, "new_tgt_s": 0, "new_tgt_e": 0, "new_comment": ""}


def _submit(result: AnalysisResult, analysis_id: int | None) -> None:
    """Form callback (runs before the page is drawn): save, then clear the form; or say why not.
    The outcome is shown next to the form, not above the cards."""
    ss = st.session_state
    spans, problem = _spans_from_form(result)
    if problem:
        ss[K_NEW] = {"ok": False, "message": problem, "retry": None}
        return
    do("create", None, analysis_id=analysis_id, code=ss.get("new_code"), source_spans=spans["source"],
       target_spans=spans["target"], comment=ss.get("new_comment") or "")
    ss[K_NEW] = ss.pop(K_LAST, None)
    if ss[K_NEW] and ss[K_NEW]["ok"]:
        for key, empty in _FIELDS.items():
            ss[key] = empty


def new_annotation_form(result: AnalysisResult, analysis_id: int | None, lang: str, reviewable: bool) -> None:
    st.divider()
    st.markdown(f"#### {t('new.header')}")
    if not reviewable:
        st.caption(t("new.disabled"))
        return
    with st.form("new_annotation", clear_on_submit=False):
        st.selectbox(t("new.code"), list(STRATEGY_CODES), key="new_code",
                     format_func=lambda c: code_label(c, lang))
        c1, c2 = st.columns(2)
        c1.text_input(t("new.src_excerpt"), key="new_src_ex", help=t("new.excerpt_help"))
        c1.number_input(t("new.occurrence"), min_value=1, value=1, step=1, key="new_src_occ")
        c2.text_input(t("new.tgt_excerpt"), key="new_tgt_ex", help=t("new.excerpt_help"))
        c2.number_input(t("new.occurrence"), min_value=1, value=1, step=1, key="new_tgt_occ")
        with st.expander(t("new.by_offsets")):
            o1, o2, o3, o4 = st.columns(4)
            o1.number_input(t("new.src_start"), min_value=0, value=0, step=1, key="new_src_s")
            o2.number_input(t("new.src_end"), min_value=0, value=0, step=1, key="new_src_e")
            o3.number_input(t("new.tgt_start"), min_value=0, value=0, step=1, key="new_tgt_s")
            o4.number_input(t("new.tgt_end"), min_value=0, value=0, step=1, key="new_tgt_e")
        st.text_area(t("new.comment"), key="new_comment", max_chars=2000, height=80)
        st.form_submit_button(t("new.submit"), icon=":material/add_comment:", on_click=_submit,
                              args=(result, analysis_id))
    outcome_message(st.session_state.pop(K_NEW, None))
