"""Review clicks on Analisar: apply a decision through ``services.analysis_service.decide`` and
remember how it ended, so every click ends visibly in one of three ways:

- saved (a confirmation above the cards; the action joins this tab's undo stack);
- refused with a reason (stale: changed in another tab since it was drawn; invalid; nothing to
  undo), no retry;
- not saved because the database is down, with its own retry button: two clicks during an
  outage keep two retries, not only the last.

Decisions run in ``on_click`` callbacks whose arguments were bound when the card was drawn, so
they name the version the researcher saw. After a server restart, the first click of an open tab
arrives in a fresh session that has no callbacks registered: the button still returns True but
no callback ran. ``dropped_click`` notices that and the click ends refused with a reason (the
page was reconnected; check and click again) instead of vanishing.
"""
from __future__ import annotations

import streamlit as st

from components import runtime
from components.analyse_state import K_LAST
from components.i18n import t
from components.items import ReviewItem
from components.span_select import selection_of
from components.spans import validate_span
from services.analysis_service import decide

K_RETRIES = "decision_retries"          # {"action:annotation_id": {"action", "annotation_id", "kw"}}
K_UNDO = "tab_undo_stack"               # [(analysis_id, event_id)] of this tab's saved actions
K_HANDLED = "click_handled"             # the widget key whose callback ran for this run's click


def _retry_key(action: str, annotation_id: int | None) -> str:
    return f"{action}:{annotation_id}"


def do(action: str, annotation_id: int | None = None, **kw) -> bool:
    """Apply a decision and remember how it ended; True when saved."""
    ss = st.session_state
    out = decide(runtime.repo(), action, annotation_id, **kw)
    retries = ss.setdefault(K_RETRIES, {})
    retries.pop(_retry_key(action, annotation_id), None)
    stack = ss.setdefault(K_UNDO, [])
    if action == "undo" and out.failure != "db_down":      # undone, or it never can be (stale)
        entry = (kw.get("analysis_id"), kw.get("event_id"))
        if entry in stack:
            stack.remove(entry)
    if out.ok:
        view = out.annotation
        # what was stored, so the message can be checked against the card's stored state later
        ss[K_LAST] = {"ok": True, "message": t(f"done.{action}"),
                      "annotation_id": getattr(view, "id", None), "status": getattr(view, "status", None)}
        if action != "undo" and view is not None and view.event_id is not None:
            stack.append((view.analysis_id, view.event_id))
        return True
    if out.failure == "db_down":
        runtime.mark_db_down()
        retries[_retry_key(action, annotation_id)] = {"action": action, "annotation_id": annotation_id, "kw": kw}
        ss[K_LAST] = {"ok": False, "message": out.message_pt or t("an.not_saved")}
    elif out.reason == "stale":
        ss[K_LAST] = {"ok": False, "message": t("review.stale")}
    else:
        ss[K_LAST] = {"ok": False, "message": out.message_pt or t("an.not_saved")}
    return False


def on_click(widget_key: str, action: str, annotation_id: int | None, **kw) -> None:
    """Button callback: the decision, with the arguments bound when the button was drawn."""
    st.session_state[K_HANDLED] = widget_key
    do(action, annotation_id, **kw)


def on_click_with_input(widget_key: str, action: str, annotation_id: int, field: str, input_key: str,
                        drawn: object, **kw) -> None:
    """Like ``on_click``, reading an input's value at click time: a comment typed and saved in
    one go arrives with the click, after the button's arguments were drawn."""
    st.session_state[K_HANDLED] = widget_key
    do(action, annotation_id, **{field: st.session_state.get(input_key, drawn)}, **kw)


def dropped_click(pressed: bool, widget_key: str) -> None:
    """A click whose callback did not run (first click after a server restart) ends refused
    with a reason, never silently."""
    if pressed and st.session_state.get(K_HANDLED) != widget_key:
        st.session_state[K_LAST] = {"ok": False, "message": t("review.reconnected")}
        st.session_state[K_HANDLED] = widget_key
        st.rerun()


def undo_last(analysis_id: int | None, widget_key: str = "") -> None:
    """Desfazer's callback: undo this tab's last saved action on ``analysis_id`` (never another
    tab's)."""
    st.session_state[K_HANDLED] = widget_key
    mine = [ev for aid, ev in st.session_state.get(K_UNDO, []) if aid == analysis_id]
    if not mine:
        st.session_state[K_LAST] = {"ok": False, "message": t("review.nothing_to_undo")}
        return
    do("undo", None, analysis_id=analysis_id, event_id=mine[-1])


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


def save_edit(it: ReviewItem, source_text: str, target_text: str, key_prefix: str = "",
              widget_key: str = "") -> None:
    """Span editor callback: the typed offsets, checked, become the item's new spans."""
    st.session_state[K_HANDLED] = widget_key
    src, err1 = _spans_from_inputs(f"{key_prefix}ed_src_{it.key}", source_text, len(it.source_spans) or 1)
    tgt, err2 = _spans_from_inputs(f"{key_prefix}ed_tgt_{it.key}", target_text, len(it.target_spans) or 1)
    if err1 or err2 or not (src or tgt):
        st.session_state[K_LAST] = {"ok": False, "message": err1 or err2 or t("strat.need_span")}
        return
    do("edit_span", it.annotation_id, source_spans=src, target_spans=tgt, expected_version=it.version)


def save_selection(it: ReviewItem, source_key: str, target_key: str, widget_key: str = "") -> None:
    """Span selector callback: the text selected on each side replaces that side's spans (a
    side with nothing selected keeps its spans)."""
    st.session_state[K_HANDLED] = widget_key
    src, tgt = selection_of(source_key), selection_of(target_key)
    if src is None and tgt is None:
        st.session_state[K_LAST] = {"ok": False, "message": t("strat.need_selection")}
        return
    do("edit_span", it.annotation_id, source_spans=[src] if src else list(it.source_spans),
       target_spans=[tgt] if tgt else list(it.target_spans), expected_version=it.version)


def outcome_message(last: dict | None, items: list[ReviewItem] | None = None) -> None:
    """A click's outcome: saved, or not saved with the reason. A saved decision whose card now
    shows another stored state (another tab decided it afterwards) says so, instead of
    "Rejeitada e salva." next to an "Aceita" badge."""
    if not last:
        return
    now = next((it.status for it in items or () if last.get("annotation_id") is not None
                and it.annotation_id == last["annotation_id"]), None)
    if last["ok"] and last.get("status") and now is not None and now != last["status"]:
        st.info(t("review.changed_since", saved=t(f"status.{last['status']}"), now=t(f"status.{now}")),
                icon=":material/sync:")
    elif last["ok"]:
        st.success(last["message"], icon=":material/check:")
    else:
        st.error(f"{t('an.not_saved_short')}: {last['message']}", icon=":material/error:")


def last_outcome(items: list[ReviewItem] | None = None) -> None:
    """What the last review click did (checked against the cards' stored ``items``), and one
    retry per click the database did not store."""
    outcome_message(st.session_state.get(K_LAST), items)
    for key, r in list(st.session_state.get(K_RETRIES, {}).items()):
        widget = f"retry_{key}"
        dropped_click(st.button(t("an.retry"), key=widget, icon=":material/refresh:",
                                help=t("review.retry_help", action=t(f"review.act.{r['action']}")),
                                on_click=on_click, args=(widget, r["action"], r["annotation_id"]),
                                kwargs=r["kw"]), widget)
