"""One review card: a detection or annotation with its texts, explanation, comment and the
decisions a researcher can take on it (accept, reject, delete; relabel, comment, span edit).

Like spacy-streamlit's ``visualize_*`` functions, ``review_card(item, ...)`` draws everything
from its arguments, and every widget key starts with ``key_prefix`` so two cards of the same
item can share a page. Every decision names the version of the item it was drawn from (a change
made meanwhile in another tab is refused, not overwritten); see ``components.review_actions``.
"""
from __future__ import annotations

import streamlit as st

from analysis.types import STRATEGY_CODES, AnalysisResult
from components.analyse_state import excerpt
from components.calibrated import calibrated_note
from components.i18n import code_label, t
from components.items import ReviewItem
from components.review_actions import dropped_click, on_click, on_click_with_input, save_edit, save_selection
from components.span_select import selection_of, span_select
from components.spans import preview, validate_span

_BADGE_COLOURS = {"pending": "gray", "accepted": "green", "rejected": "red", "relabelled": "orange",
                  "created": "blue", "deleted": "gray"}


def status_badge(it: ReviewItem) -> str:
    return f":{_BADGE_COLOURS.get(it.status, 'gray')}-badge[{t('status.' + it.status)}]"


def span_selector(it: ReviewItem, result: AnalysisResult, reviewable: bool, key_prefix: str = "") -> None:
    """Select the new span with the mouse on either side (``components.span_select``), and Save.
    The selector's key names the item's version: after a save or an undo it starts afresh."""
    st.caption(t("strat.select_help"))
    keys = {}
    for side, text, spans in (("src", result.source.text, it.source_spans),
                              ("tgt", result.target.text, it.target_spans)):
        label = t("an.source_label") if side == "src" else t("an.target_label")
        st.markdown(f"**{label}**")
        keys[side] = f"{key_prefix}sel_{side}_{it.key}_{it.version}"
        span_select(text, spans, side, label, keys[side])
        chosen = selection_of(keys[side])
        st.caption(t("strat.selected", text=text[chosen[0]:chosen[1]]) if chosen else t("strat.select_none"))
    key = f"{key_prefix}save_sel_{it.key}"
    dropped_click(st.button(t("strat.save_selection"), key=key, disabled=not reviewable, type="primary",
                            on_click=save_selection, args=(it, keys["src"], keys["tgt"], key)), key)
    if st.toggle(t("strat.offsets_fallback"), key=f"{key_prefix}offsets_{it.key}"):
        span_editor(it, result, reviewable, key_prefix)


def span_editor(it: ReviewItem, result: AnalysisResult, reviewable: bool, key_prefix: str = "") -> None:
    """Start/end offsets for each span on both sides, with a live preview, and Save (the
    fallback of :func:`span_selector` when there is no mouse or no JavaScript)."""
    ss = st.session_state
    for side, text, spans in (("src", result.source.text, it.source_spans),
                              ("tgt", result.target.text, it.target_spans)):
        st.markdown(f"**{t('an.source_label') if side == 'src' else t('an.target_label')}**")
        for j, (a, b) in enumerate(spans or [(0, 0)]):
            c1, c2, c3 = st.columns([1, 1, 4])
            s_key, e_key = f"{key_prefix}ed_{side}_{it.key}_s{j}", f"{key_prefix}ed_{side}_{it.key}_e{j}"
            c1.number_input(t("strat.start"), min_value=0, max_value=len(text), value=int(a), step=1, key=s_key)
            c2.number_input(t("strat.end"), min_value=0, max_value=len(text), value=int(b), step=1, key=e_key)
            sa, sb = int(ss.get(s_key, a)), int(ss.get(e_key, b))
            err = validate_span(text, sa, sb) if (sa or sb) else None
            c3.caption(err if err else (preview(text, sa, sb) if sb > sa else t("strat.no_span")))
    key = f"{key_prefix}save_span_{it.key}"
    dropped_click(st.button(t("strat.save_span"), key=key, disabled=not reviewable, on_click=save_edit,
                            args=(it, result.source.text, result.target.text, key_prefix, key)), key)


def _decision_button(col, label: str, key: str, action: str, it: ReviewItem, disabled: bool,  # noqa: ANN001
                     icon: str) -> None:
    """A decision on ``it`` naming the version it was drawn from."""
    pressed = col.button(label, key=key, disabled=disabled, icon=icon, on_click=on_click,
                         args=(key, action, it.annotation_id), kwargs={"expected_version": it.version})
    dropped_click(pressed, key)


def review_card(it: ReviewItem, result: AnalysisResult, lang: str, reviewable: bool, key_prefix: str = "") -> None:
    """Draw one card for ``it`` (an item of ``result``); decisions only when ``reviewable``."""
    p = key_prefix
    with st.container(border=True):
        conf = (f"{it.confidence:.0%}" if it.confidence is not None else "—") + calibrated_note(it)
        origin = t("origin." + it.origin)
        relabel_note = (f" · {t('strat.was', code=it.original_code)}"
                        if it.original_code and it.original_code != it.code else "")
        st.markdown(f"**{code_label(it.code, lang)}** {status_badge(it)} · {origin} · "
                    f"{t('col.confidence')}: {conf}{relabel_note}")
        src_ex = excerpt(result.source.text, it.source_spans, 300)
        tgt_ex = excerpt(result.target.text, it.target_spans, 300)
        c1, c2 = st.columns(2)
        c1.caption(t("an.source_label"))
        c1.text(src_ex or "—")
        c2.caption(t("an.target_label"))
        c2.text(tgt_ex or "—")
        if it.needs_look:
            st.warning(t("realign.needs_look"), icon=":material/refresh:")
        if it.explanation:
            st.caption(it.explanation_in())
        if it.comment:
            st.caption(f"💬 {it.comment}")
        if it.annotation_id is None:
            return
        aid = it.annotation_id
        b1, b2, b3, _ = st.columns(4)
        _decision_button(b1, "Aceitar" if lang == "pt-BR" else t("strat.accept"), f"{p}acc_{aid}", "accept", it,
                         not reviewable or it.origin == "human" or it.status == "accepted", ":material/check:")
        _decision_button(b2, "Rejeitar" if lang == "pt-BR" else t("strat.reject"), f"{p}rej_{aid}", "reject", it,
                         not reviewable or it.origin == "human" or it.status == "rejected", ":material/close:")
        _decision_button(b3, t("strat.delete"), f"{p}del_{aid}", "delete", it,
                         not reviewable or it.status == "deleted", ":material/delete:")
        # lazy: relabel, comment and span editor (~10 widgets) only run for an open card;
        # drawn for all 12 cards they were most of the view's server time under load
        more = st.expander(t("strat.more"), icon=":material/tune:", key=f"{p}more_{aid}", on_change="rerun")
        if more.open is False:
            return
        with more:
            r1, r2 = st.columns([3, 1])
            others = [c for c in STRATEGY_CODES if c != it.code]
            new_code = r1.selectbox(t("strat.relabel_to"), others, key=f"{p}rl_code_{aid}",
                                    format_func=lambda c: code_label(c, lang))
            key = f"{p}rl_{aid}"
            dropped_click(r2.button(t("strat.relabel"), key=key, disabled=not reviewable, on_click=on_click_with_input,
                                    args=(key, "relabel", aid, "code", f"{p}rl_code_{aid}", new_code),
                                    kwargs={"expected_version": it.version}), key)
            # a form: the typed comment travels with the click (a text input alone commits
            # on blur, and a click can overtake it, saving the previous comment)
            with st.form(f"{p}cm_form_{aid}", border=False):
                cm1, cm2 = st.columns([3, 1], vertical_alignment="bottom")
                comment = cm1.text_input(t("strat.comment"), value=it.comment, key=f"{p}cm_{aid}", max_chars=2000)
                key = f"{p}cm_submit_{aid}"
                pressed = cm2.form_submit_button(
                    t("strat.save_comment"), disabled=not reviewable, on_click=on_click_with_input,
                    args=(key, "comment", aid, "text", f"{p}cm_{aid}", comment),
                    kwargs={"expected_version": it.version})
            dropped_click(pressed, key)
            st.markdown(f"**{t('strat.edit_span')}**")
            span_selector(it, result, reviewable, key_prefix)
