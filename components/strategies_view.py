"""The "Estratégias" tab: filters, review progress, one page of review cards, Desfazer, and the
"Nova anotação" form."""
from __future__ import annotations

import streamlit as st

from analysis.types import STRATEGY_CODES
from components.analyse_state import OpenAnalysis, ViewPrefs
from components.i18n import code_label, t
from components.items import ReviewItem
from components.new_annotation import new_annotation_form
from components.review_actions import dropped_click, last_outcome, undo_last
from components.review_card import review_card
from services.preferences import review_progress

PAGE_SIZE = 12                          # annotation cards per page (keeps reruns fast)
STATUSES = ["pending", "accepted", "rejected", "relabelled", "created", "deleted"]


def _passes(it: ReviewItem, codes: list[str], min_conf: float, statuses: list[str]) -> bool:
    """The tab's own filters (code, confidence, status; deleted hidden unless asked for)."""
    if codes and it.code not in codes:
        return False
    # the calibrated confidence when calibration is on for this code (as the preference filter)
    conf = it.confidence if it.calibrated_confidence is None else it.calibrated_confidence
    if conf is not None and it.origin == "machine" and conf < min_conf:
        return False
    if statuses:
        return it.status in statuses
    return it.status != "deleted"


def _page_number(n_items: int) -> int:
    ss = st.session_state
    n_pages = max(1, -(-n_items // PAGE_SIZE))
    if int(ss.get("strat_page") or 1) > n_pages:   # filters shrank the list
        ss["strat_page"] = 1
    if n_pages == 1:
        return 1
    return int(st.number_input(t("strat.page", pages=n_pages), min_value=1, max_value=n_pages,
                               value=1, step=1, key="strat_page"))


def strategies_view(oa: OpenAnalysis, prefs: ViewPrefs) -> None:
    lang, items = prefs.lang, prefs.filter.listed(oa.items)   # the preferences decide what is listed
    last_outcome(oa.items)                 # checked against every stored card, filtered or not

    f1, f2, f3, f4 = st.columns([3, 2, 3, 1.6], vertical_alignment="bottom")  # room for Desfazer / Undo
    present = [c for c in STRATEGY_CODES if any(it.code == c for it in items)]
    f_codes = f1.multiselect(t("strat.filter_code"), present, default=[], key="f_codes",
                             format_func=lambda c: code_label(c, lang), placeholder=t("strat.all"))
    f_conf = f2.slider(t("strat.filter_conf"), 0.0, 1.0, value=prefs.min_conf, step=0.05, key="f_conf",
                       format="percent")   # "55%", as the cards say it, never "0.55" in Portuguese
    f_status = f3.multiselect(t("strat.filter_status"), STATUSES, default=[], key="f_status",
                              format_func=lambda s: t("status." + s), placeholder=t("strat.all_but_deleted"))
    # this tab's last action, never another tab's
    dropped_click(f4.button(t("strat.undo"), key="undo", icon=":material/undo:", disabled=not oa.reviewable,
                            help=t("review.undo_help"), on_click=undo_last, args=(oa.analysis_id, "undo")), "undo")

    listed = [it for it in items if _passes(it, f_codes, f_conf, f_status)]
    progress = review_progress(oa.items, prefs.filter)
    st.caption(t("strat.progress", decided=progress.decided, total=progress.total, shown=len(listed)))
    if not items:
        st.info(t("strat.none_found"))
    elif not listed:
        st.info(t("strat.none_filtered"))

    page = _page_number(len(listed))
    for it in listed[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]:
        review_card(it, oa.result, lang, oa.reviewable)

    new_annotation_form(oa.result, oa.analysis_id, lang, oa.reviewable)
