"""Review clicks on Analisar: apply a decision through ``services.analysis_service.decide`` and
remember what happened (saved, or not saved with the reason and how to retry), shown above the
cards on the next run."""
from __future__ import annotations

import streamlit as st

from components import runtime
from components.analyse_state import K_LAST
from components.i18n import t
from components.items import ReviewItem
from components.spans import validate_span
from services.analysis_service import decide


def do(action: str, annotation_id: int | None = None, **kw) -> None:
    """Button callback: apply a decision and remember the outcome (and how to retry it)."""
    out = decide(runtime.repo(), action, annotation_id, **kw)
    ss = st.session_state
    if out.ok:
        ss[K_LAST] = {"ok": True, "message": t(f"done.{action}")}
    else:
        if not out.saved:
            runtime.mark_db_down()
        ss[K_LAST] = {"ok": False, "message": out.message_pt or t("an.not_saved"),
                      "retry": {"action": action, "annotation_id": annotation_id, "kw": kw}
                      if not out.saved else None}


def do_with_input(action: str, annotation_id: int, field: str, widget_key: str, drawn: object) -> None:
    """Like ``do``, reading the widget's value when the button is clicked: a comment typed and
    saved in one go arrives with the click, after the button's arguments were drawn."""
    do(action, annotation_id, **{field: st.session_state.get(widget_key, drawn)})


def _spans_from_inputs(prefix: str, text: str, n_spans: int) -> tuple[list[tuple[int, int]], str | None]:
    ss = st.session_state
    spans = []
    for j in range(n_spans):
        a, b = int(ss.get(f"{prefix}_s{j}", 0)), int(ss.get(f"{prefix}_e{j}", 0))
        if a == b == 0:
            continue
        err = validate_span(text, a, b)
        if err:
            return [], err
        spans.append((a, b))
    return spans, None


def save_edit(it: ReviewItem, source_text: str, target_text: str, key_prefix: str = "") -> None:
    """Span editor callback: the typed offsets, checked, become the item's new spans."""
    src, err1 = _spans_from_inputs(f"{key_prefix}ed_src_{it.key}", source_text, len(it.source_spans) or 1)
    tgt, err2 = _spans_from_inputs(f"{key_prefix}ed_tgt_{it.key}", target_text, len(it.target_spans) or 1)
    if err1 or err2 or not (src or tgt):
        st.session_state[K_LAST] = {"ok": False, "message": err1 or err2 or t("strat.need_span"), "retry": None}
        return
    do("edit_span", it.annotation_id, source_spans=src, target_spans=tgt)


def last_outcome() -> None:
    """What the last click did: saved, or not saved with the reason and a retry when it may work."""
    last = st.session_state.get(K_LAST)
    if not last:
        return
    if last["ok"]:
        st.success(last["message"], icon=":material/check:")
        return
    st.error(f"{t('an.not_saved_short')}: {last['message']}", icon=":material/error:")
    if last.get("retry"):
        r = last["retry"]
        st.button(t("an.retry"), key="retry_decision", icon=":material/refresh:",
                  on_click=do, args=(r["action"], r["annotation_id"]), kwargs=r["kw"])
