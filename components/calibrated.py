"""Opt-in calibrated confidence on Analisar's items (issue 15 §3).

Why a component: whether calibration is on is a preference in session state, and the curve is
fitted on the workspace's decisions each run (``services.calibration``): a decision taken a
moment ago counts at once. Items keep their raw ``confidence``; the calibrated value and the
number of decisions it rests on are added next to it, and the preference filter reads it.
"""
from __future__ import annotations

import dataclasses

import streamlit as st

from components import runtime
from components.i18n import current_language, fmt_num, t
from components.items import ReviewItem
from services.calibration import Calibration, workspace_calibration


def active_calibration() -> Calibration | None:
    """The workspace's calibration when the researcher switched it on, else None."""
    if not st.session_state.get(runtime.K_CALIBRATED):
        return None
    return workspace_calibration(runtime.repo())


def calibrate_items(items: list[ReviewItem], calibration: Calibration | None) -> list[ReviewItem]:
    """Machine items of calibrated codes get their calibrated confidence (by their machine code:
    a relabelled item is judged as what the detector said)."""
    if calibration is None or not calibration.curves:
        return items
    out = []
    for it in items:
        code = it.original_code or it.code
        value = calibration.calibrated(code, it.confidence) if it.origin == "machine" else None
        out.append(it if value is None else
                   dataclasses.replace(it, calibrated_confidence=value, calibration_n=calibration.support(code)))
    return out


def calibrated_note(it: ReviewItem) -> str:
    """" · calibrada: 72% (41 decisões)" for a card, "" when the item is not calibrated."""
    if it.calibrated_confidence is None:
        return ""
    lang = current_language()
    value = fmt_num(100 * it.calibrated_confidence, 0, lang) + "%"
    return " · " + t("cal.card", value=value, n=fmt_num(it.calibration_n, 0, lang))
